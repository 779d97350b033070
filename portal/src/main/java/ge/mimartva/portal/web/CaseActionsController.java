package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The lifecycle actions of a case, from its page: each names the version the social worker saw, so an action on a
 * case that changed meanwhile is refused, and the page shows why.
 */
@Controller
public class CaseActionsController {

    /** The actions the case page offers, with the fields each sends besides the version. */
    static final Set<String> ACTIONS = Set.of("triage", "assign", "first-contact", "assess", "close", "close/approve",
            "close/reject", "reopen");

    private final PlatformApi api;

    public CaseActionsController(PlatformApi api) {
        this.api = api;
    }

    @PostMapping("/portal/referrals/{referralId}/actions/{action}")
    String act(@PathVariable UUID referralId, @PathVariable String action, @RequestParam long expectedVersion,
               @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        return perform(referralId, action, expectedVersion, fields, redirect);
    }

    @PostMapping("/portal/referrals/{referralId}/actions/close/{answer}")
    String answerClosure(@PathVariable UUID referralId, @PathVariable String answer, @RequestParam long expectedVersion,
                         @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        return perform(referralId, "close/" + answer, expectedVersion, fields, redirect);
    }

    private String perform(UUID referralId, String action, long expectedVersion, Map<String, String> fields,
                           RedirectAttributes redirect) {
        if (!ACTIONS.contains(action)) {
            redirect.addFlashAttribute("actionError", "error.invalid");
            return "redirect:/portal/referrals/" + referralId;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expectedVersion", expectedVersion);
        for (String field : new String[]{"urgency", "socialWorker", "outcome", "reason"}) {
            String value = fields.get(field);
            if (value != null && !value.isBlank()) {
                body.put(field, value.strip());
            }
        }
        if (action.equals("first-contact")) {
            body.put("contactedAt", Instant.now().toString());
        }
        try {
            api.referralsPost("/api/referrals/" + referralId + "/" + action, body);
            return "redirect:/portal/referrals/" + referralId + "?done=" + action;
        } catch (PlatformApi.Refused refused) {
            redirect.addFlashAttribute("actionError", refused.status() == 409 ? "error.conflict"
                    : refused.status() == 403 ? "error.forbidden" : "error.invalid");
            redirect.addFlashAttribute("actionFieldErrors", ApiMessages.byField(refused.errors()));
            return "redirect:/portal/referrals/" + referralId;
        }
    }
}
