package ge.mimartva.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import ge.mimartva.portal.api.PlatformApi;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.security.Role;
import ge.mimartva.victimstatus.api.VictimStatusGround;
import org.springframework.context.MessageSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Victim status (L 4(f), 16¹) for the bodies that decide it — the Victim Identification Group, an MIA service (the
 * police), a court — and for auditors: the applications the longest waiting first, granted statuses the soonest to
 * expire first (with the warning once it has gone out), refused, revoked and expired ones. A decider grants or
 * refuses an application, or revokes a status, beside it; the service decides what the law allows and its reason is
 * shown beside the status when it refuses. Those who may apply (the case's social workers, the police, a court, the
 * group) take an application on its own page.
 */
@Controller
public class VictimStatusesController {

    /** A status as the service lists it: no applicant's name, only the ground, the territory and the decision. */
    public record Status(String statusId, String referralId, String municipality, VictimStatusGround ground,
                         boolean onBehalfOfChild, String state, String grantor, String grantingBody,
                         String decisionDocument, LocalDate validFrom, LocalDate validUntil, String reason,
                         Instant appliedAt, boolean expiryWarned) {
    }

    public record Listed(Status status, boolean active) {
    }

    /** The states a list shows, in the order of the page's choice. */
    static final List<String> STATES = List.of("APPLIED", "GRANTED", "REFUSED", "REVOKED", "EXPIRED");
    static final String STATUSES = "/api/victim-status";
    static final int PAGE = 50;
    private static final List<String> DECISION_FIELDS = List.of("decisionDocument", "validFrom", "validUntil",
            "shelterPlacedOn", "shelterUntil", "shelterExtension", "reason");
    private static final ParameterizedTypeReference<List<Listed>> LISTED = new ParameterizedTypeReference<>() {
    };

    /** The list's own filter: the state (applications unless another is chosen). */
    public static class StatusFilter extends ListFilter {

        private String state = "APPLIED";

        @Override
        protected void addOwn(UriComponentsBuilder uri) {
            optional(uri, "state", state);
        }

        public String getState() { return state; }
        public void setState(String state) { this.state = orEmpty(state); }
    }

    private final PlatformApi api;
    private final MunicipalityChoices municipalities;
    private final MessageSource messages;

    public VictimStatusesController(PlatformApi api, MunicipalityChoices municipalities, MessageSource messages) {
        this.api = api;
        this.municipalities = municipalities;
        this.messages = messages;
    }

    @GetMapping("/portal/victim-status")
    String statuses(@ModelAttribute("filter") StatusFilter filter, @RequestParam(required = false) String decided,
                    Model model, Locale locale) {
        filter.show(model, "/portal/victim-status", "statuses",
                () -> api.protectionPage(filter.apiQuery(STATUSES, PAGE), LISTED));
        model.addAttribute("states", STATES);
        model.addAttribute("municipalities", municipalities.options(locale));
        model.addAttribute("decides", decides());
        model.addAttribute("decided", decided);
        return "victim-statuses";
    }

    /** L 4(f): an application for victim status, about a referral when it comes from one's page. */
    @GetMapping("/portal/victim-status/new")
    String newApplication(@RequestParam(required = false) String referral, @RequestParam(required = false) UUID applied,
                          Model model, Locale locale) {
        VictimStatusApplicationForm form = new VictimStatusApplicationForm();
        form.about(referral);
        model.addAttribute("applied", applied);
        return applicationForm(form, model, locale);
    }

    /** The application, recorded once however often it is sent (its idempotency key); the deciding bodies list it. */
    @PostMapping("/portal/victim-status")
    String apply(@ModelAttribute("form") VictimStatusApplicationForm form, Model model, Locale locale) {
        try {
            JsonNode applied = api.protectionPost(STATUSES + "/requests", form.toRequest(), form.getIdempotencyKey());
            return "redirect:/portal/victim-status/new?applied=" + applied.path("statusId").asText();
        } catch (PlatformApi.Refused refused) {
            Refusals.showOnForm(model, refused);
            return applicationForm(form, model, locale);
        }
    }

    private String applicationForm(VictimStatusApplicationForm form, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("grounds", Arrays.stream(VictimStatusGround.values())
                .map(g -> new Choice(g.name(), messages.getMessage("victimStatus.ground." + g, null, locale))).toList());
        model.addAttribute("municipalities", municipalities.options(locale));
        model.addAttribute("decides", decides());
        return "victim-status-form";
    }

    private static boolean decides() {
        return CurrentActor.get().hasAnyRole(Role.VIG_MEMBER, Role.COURT_CLERK, Role.POLICE_OFFICER);
    }

    /**
     * A decision on a status: {@code grant} (L 16¹(1): the decision's document, its term, whether a prosecution is
     * pending, a shelter placement's dates), {@code refuse} (with the reason) or {@code revoke}.
     */
    @PostMapping("/portal/victim-status/{statusId}/{decision:grant|refuse|revoke}")
    String decide(@PathVariable UUID statusId, @PathVariable String decision, @RequestParam MultiValueMap<String, String> form,
                  @ModelAttribute("filter") StatusFilter filter, Model model, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        DECISION_FIELDS.forEach(field -> RequestBodies.text(body, field, form.getFirst(field)));
        RequestBodies.yesNo(body, "prosecutionPending", form.getFirst("prosecutionPending"));
        try {
            api.protectionPost(STATUSES + "/" + statusId + "/" + decision, body, null);
            return "redirect:" + UriComponentsBuilder.fromUriString(filter.pageAt("/portal/victim-status", null))
                    .queryParam("decided", decision).build().toUriString();
        } catch (PlatformApi.Refused refused) {
            Refusals.showOnItem(model, refused);
            model.addAttribute("refusedItem", statusId.toString());
            model.addAttribute("refusedDecision", decision);
            model.addAttribute("form", form.toSingleValueMap());
            return statuses(filter, null, model, locale);
        }
    }
}
