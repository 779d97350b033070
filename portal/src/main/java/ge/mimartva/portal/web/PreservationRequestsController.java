package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi;
import ge.mimartva.reference.CooperationPartners;
import ge.mimartva.reference.ReferenceData;
import ge.mimartva.referral.api.ChainEntry;
import ge.mimartva.referral.api.PreservationRequests.Origin;
import ge.mimartva.referral.api.PreservationRequests.PreservationRequestView;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.security.Role;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The Cyber Crime Division's preservation requests (Lanzarote answers, Q14): its queue, open requests by their next
 * due time (missed first), closed ones apart; a request's page with its facts, clocks and timeline, and the step its
 * status allows; the form that records a new request. Auditors and the Prosecutor's Office read them.
 */
@Controller
public class PreservationRequestsController {

    /** The queue's own filter: the open requests (the default) or the closed ones. */
    public static class QueueFilter extends ListFilter {

        private boolean open = true;

        @Override
        protected void addOwn(UriComponentsBuilder uri) {
            uri.queryParam("open", open);
        }

        public boolean isOpen() { return open; }
        public void setOpen(boolean open) { this.open = open; }
    }

    static final String REQUESTS = "/api/preservation-requests";
    static final int PAGE = 50;
    /** The steps, each the API's path below the request and the fields the portal sends with it. */
    static final Map<String, Set<String>> STEPS = Map.of(
            "central-authority-consultation", Set.of("question"),
            "central-authority-answer", Set.of("answer"),
            "dual-criminality", Set.of("approved", "reasons"),
            "provider-request", Set.of(),
            "provider-answer", Set.of("preserved", "preservedUntil", "reason", "providerReference"),
            "requester-told", Set.of("note"),
            "urgent-mla-offer", Set.of("note"));
    private static final ParameterizedTypeReference<List<PreservationRequestView>> LISTED = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<ChainEntry>> CHAIN = new ParameterizedTypeReference<>() {
    };

    private final PlatformApi api;
    private final CooperationPartners partners;
    private final Clock clock = Clock.systemUTC();

    public PreservationRequestsController(PlatformApi api, ReferenceData reference) {
        this.api = api;
        this.partners = reference.cooperationPartners();
    }

    @GetMapping("/portal/preservation-requests")
    String queue(@ModelAttribute("filter") QueueFilter filter, Model model) {
        filter.show(model, "/portal/preservation-requests", "requests", () -> api.referralsPage(filter.apiQuery(REQUESTS, PAGE), LISTED));
        model.addAttribute("acts", CurrentActor.get().hasRole(Role.CYBER_CRIME_INVESTIGATOR));
        model.addAttribute("now", clock.instant());
        return "preservation-requests";
    }

    @GetMapping("/portal/preservation-requests/new")
    String form(@RequestParam(required = false) String referral, Model model, Locale locale) {
        PreservationRequestForm form = new PreservationRequestForm();
        if (referral != null && referral.matches("[0-9a-fA-F-]{36}")) {
            form.setReferralId(referral);
        }
        return form(form, model, locale);
    }

    @PostMapping("/portal/preservation-requests")
    String record(@ModelAttribute("form") PreservationRequestForm form, Model model, Locale locale) {
        try {
            String requestId = api.referralsPost(REQUESTS, form.toRequest(), form.getIdempotencyKey()).path("requestId").asText();
            return "redirect:/portal/preservation-requests/" + requestId + "?done=recorded";
        } catch (PlatformApi.Refused refused) {
            Refusals.showOnForm(model, refused);
            return form(form, model, locale);
        }
    }

    @GetMapping("/portal/preservation-requests/{requestId}")
    String request(@PathVariable UUID requestId, @RequestParam(required = false) String done, Model model, Locale locale) {
        PreservationRequestView request = api.referralsFind(REQUESTS + "/" + requestId, PreservationRequestView.class)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("request", request);
        model.addAttribute("chain", api.referralsGet(REQUESTS + "/" + requestId + "/chain", CHAIN));
        model.addAttribute("acts", CurrentActor.get().hasRole(Role.CYBER_CRIME_INVESTIGATOR));
        model.addAttribute("requester", partnerName(request.requestingAuthority(), locale));
        model.addAttribute("provider", partnerName(request.serviceProvider(), locale));
        model.addAttribute("done", done);
        model.addAttribute("now", clock.instant());
        return "preservation-request";
    }

    /** One step of the flow; the service decides whether the request's status allows it. */
    @PostMapping("/portal/preservation-requests/{requestId}/actions/{step}")
    String step(@PathVariable UUID requestId, @PathVariable String step, @RequestParam Map<String, String> fields,
                Model model, Locale locale) {
        Set<String> sent = STEPS.get(step);
        if (sent == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (String name : sent) {
            String value = fields.get(name);
            if (name.equals("approved") || name.equals("preserved")) {
                RequestBodies.yesNo(body, name, value);
            } else {
                RequestBodies.text(body, name, value);
            }
        }
        try {
            api.referralsPost(REQUESTS + "/" + requestId + "/" + step, body);
            return "redirect:/portal/preservation-requests/" + requestId + "?done=" + step;
        } catch (PlatformApi.Refused refused) {
            Refusals.showOnItem(model, refused);
            model.addAttribute("refusedStep", step);
            model.addAttribute("form", fields);
            return request(requestId, null, model, locale);
        }
    }

    private String form(PreservationRequestForm form, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("origins", Origin.values());
        model.addAttribute("contactPoints", choices(CooperationPartners.Kind.CONTACT_POINT, locale));
        model.addAttribute("providers", choices(CooperationPartners.Kind.SERVICE_PROVIDER, locale));
        return "preservation-request-form";
    }

    private List<Choice> choices(CooperationPartners.Kind kind, Locale locale) {
        return partners.all().stream().filter(p -> p.kind() == kind)
                .map(p -> new Choice(p.id(), locale.getLanguage().equals("ka") ? p.nameKa() : p.name())).toList();
    }

    private String partnerName(String id, Locale locale) {
        return partners.find(id).map(p -> locale.getLanguage().equals("ka") ? p.nameKa() : p.name()).orElse(id);
    }
}
