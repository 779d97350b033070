package ge.mimartva.portal.web;

import ge.mimartva.referral.api.Concern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/**
 * The reporter's decision guide (after the NSW Mandatory Reporter Guide): three questions that end in "call 112
 * now", "notify the agency now" or "support referral", and a referral form filled in from the answers.
 */
@Controller
public class GuideController {

    /** Where the guide ends. */
    public enum Decision {
        CALL_112_NOW, NOTIFY_AGENCY_NOW, SUPPORT_REFERRAL
    }

    @GetMapping("/portal/guide")
    String guide(Model model) {
        model.addAttribute("concerns", Concern.values());
        return "guide";
    }

    @PostMapping("/portal/guide")
    String decide(@RequestParam(defaultValue = "false") boolean dangerNow,
                  @RequestParam(defaultValue = "false") boolean signsOfViolence,
                  @RequestParam(required = false) List<Concern> concerns, Model model) {
        Decision decision = dangerNow ? Decision.CALL_112_NOW
                : signsOfViolence ? Decision.NOTIFY_AGENCY_NOW : Decision.SUPPORT_REFERRAL;
        UriComponentsBuilder form = UriComponentsBuilder.fromPath("/portal/referrals/new")
                .queryParam("immediateDanger", dangerNow);
        if (concerns != null) {
            concerns.forEach(c -> form.queryParam("concerns", c.name()));
        }
        model.addAttribute("decision", decision);
        model.addAttribute("formLink", form.toUriString());
        return "guide-decision";
    }
}
