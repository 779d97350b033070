package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.security.Role;
import ge.mimartva.victimstatus.api.PerpetratorMovement;
import org.springframework.context.MessageSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Penitentiary notices (L 17¹): a penitentiary institution's officer tells of a perpetrator's release, escape or leave
 * and sees the notices it sent and how far the police have acted on each; the police district of the victim's
 * residence sees those it must act on, the ones still awaiting the victim's interview the oldest first, records that
 * it told the victim at once (17¹(4)) and the protocol of the interview that re-assesses the risk (17¹(5)).
 */
@Controller
public class PenitentiaryNoticesController {

    /** A notice as the service lists it: no perpetrator's name. */
    public record Notice(String noticeId, String referralId, String institution, PerpetratorMovement movement,
                         Instant effectiveAt, String victimMunicipality, String policeDistrict, Instant victimInformedAt,
                         Instant victimInterviewedAt, Boolean riskOfRecurrence) {
    }

    /** The district's own filter: only the notices still awaiting the victim's interview (the default). */
    public static class NoticeFilter extends ListFilter {

        private boolean awaitingInterview = true;

        @Override
        protected void addOwn(UriComponentsBuilder uri) {
            uri.queryParam("awaitingInterview", awaitingInterview);
        }

        public boolean isAwaitingInterview() { return awaitingInterview; }
        public void setAwaitingInterview(boolean awaitingInterview) { this.awaitingInterview = awaitingInterview; }
    }

    static final String NOTICES = "/api/penitentiary-notices";
    static final int PAGE = 50;
    private static final ParameterizedTypeReference<List<Notice>> LISTED = new ParameterizedTypeReference<>() {
    };

    private final PlatformApi api;
    private final MunicipalityChoices municipalities;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    public PenitentiaryNoticesController(PlatformApi api, MunicipalityChoices municipalities, MessageSource messages) {
        this.api = api;
        this.municipalities = municipalities;
        this.messages = messages;
    }

    @GetMapping("/portal/penitentiary-notices")
    String notices(@ModelAttribute("filter") NoticeFilter filter, @RequestParam(required = false) String done,
                   Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        boolean institution = actor.hasRole(Role.PENITENTIARY_OFFICER);
        if (institution && !model.containsAttribute("form")) {
            model.addAttribute("form", new PenitentiaryNoticeForm());
        }
        filter.show(model, "/portal/penitentiary-notices", "notices", () -> api.protectionPage(filter.apiQuery(NOTICES, PAGE), LISTED));
        model.addAttribute("institution", institution);
        model.addAttribute("movements", Arrays.stream(PerpetratorMovement.values())
                .map(m -> new Choice(m.name(), messages.getMessage("movement." + m, null, locale))).toList());
        model.addAttribute("municipalities", municipalities.options(locale));
        model.addAttribute("done", done);
        return "penitentiary-notices";
    }

    /** L 17¹(3): the institution's notice; the district and the social worker are told (N10, N10R). */
    @PostMapping("/portal/penitentiary-notices")
    String notify(@ModelAttribute("form") PenitentiaryNoticeForm form, @ModelAttribute("filter") NoticeFilter filter,
                  Model model, Locale locale) {
        try {
            String noticeId = api.protectionPost(NOTICES, form.toRequest(), form.getIdempotencyKey()).path("noticeId").asText();
            return "redirect:/portal/penitentiary-notices?done=notice&sent=" + noticeId;
        } catch (PlatformApi.Refused refused) {
            Refusals.showOnForm(model, refused);
            return notices(filter, null, model, locale);
        }
    }

    /** L 17¹(4): the district told the victim, now. */
    @PostMapping("/portal/penitentiary-notices/{noticeId}/victim-informed")
    String victimInformed(@PathVariable UUID noticeId, @ModelAttribute("filter") NoticeFilter filter) {
        api.protectionPost(NOTICES + "/" + noticeId + "/victim-informed", Map.of("at", clock.instant()), null);
        return "redirect:" + filter.pageAt("/portal/penitentiary-notices", null) + "&done=informed";
    }

    /** L 17¹(5): the protocol of the victim's interview and whether it found a risk of recurrence. */
    @PostMapping("/portal/penitentiary-notices/{noticeId}/victim-interview")
    String victimInterview(@PathVariable UUID noticeId, @RequestParam(required = false) String protocolReference,
                           @RequestParam(required = false) String riskOfRecurrence,
                           @ModelAttribute("filter") NoticeFilter filter, Model model, Locale locale) {
        Map<String, Object> interview = new LinkedHashMap<>();
        RequestBodies.text(interview, "protocolReference", protocolReference);
        RequestBodies.yesNo(interview, "riskOfRecurrence", riskOfRecurrence);
        interview.put("at", clock.instant());
        try {
            api.protectionPost(NOTICES + "/" + noticeId + "/victim-interview", interview, null);
            return "redirect:" + filter.pageAt("/portal/penitentiary-notices", null) + "&done=interview";
        } catch (PlatformApi.Refused refused) {
            Refusals.showOnItem(model, refused);
            model.addAttribute("refusedItem", noticeId.toString());
            model.addAttribute("form", Map.of("protocolReference", protocolReference == null ? "" : protocolReference,
                    "riskOfRecurrence", riskOfRecurrence == null ? "" : riskOfRecurrence));
            return notices(filter, null, model, locale);
        }
    }
}
