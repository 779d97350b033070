package ge.mimartva.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import ge.mimartva.portal.api.PlatformApi;
import ge.mimartva.victimstatus.api.AppealingParty;
import ge.mimartva.victimstatus.api.ProhibitedMatter;
import ge.mimartva.victimstatus.api.ServiceMethod;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A police district's restraining orders (L 10): the officer issues one from its protocol, sees the district's orders
 * page by page with their terms, service and appeal windows (L 10(3⁸): a party may appeal within a time limit that
 * runs from being served), and records each party's service. The service decides what is allowed and says why not.
 */
@Controller
public class RestrainingOrdersController {

    /** One of the district's orders as the service lists it: no party's name, only the order's state. */
    public record OrderSummary(String orderId, String referralId, String municipality, Set<ProhibitedMatter> matters,
                               Instant issuedAt, LocalDate validUntil, Map<String, Instant> servedAt,
                               Map<String, Instant> appealWindowEnds, int appeals, int violations, String surveillance,
                               Instant surveillanceSubmissionDue, Instant victimInformedAt, String conciliation,
                               boolean ended, String endedBecause) {

        public boolean appealWindowOpen(String party, Instant now) {
            return appealWindowEnds != null && appealWindowEnds.get(party) != null
                    && appealWindowEnds.get(party).isAfter(now);
        }
    }

    static final String ORDERS = "/api/protective-measures/restraining-orders";
    /** What the district records on an order as it happens, each now (L 10, 10¹, 12(3), 16(3)(c)). */
    private static final List<String> STEP_TEXTS = List.of("consent", "court", "reasons");
    private static final List<String> STEP_ANSWERS = List.of("terminate", "threatOfViolence");
    static final int PAGE = 50;
    private static final ParameterizedTypeReference<List<OrderSummary>> SUMMARIES = new ParameterizedTypeReference<>() {
    };

    private final PlatformApi api;
    private final MunicipalityChoices municipalities;
    private final Clock clock = Clock.systemUTC();

    public RestrainingOrdersController(PlatformApi api, MunicipalityChoices municipalities) {
        this.api = api;
        this.municipalities = municipalities;
    }


    @GetMapping("/portal/orders")
    String orders(@ModelAttribute("filter") OrderListFilter filter, @RequestParam(required = false) String issued,
                  @RequestParam(required = false) String recorded, Model model, Locale locale) {
        filter.show(model, "/portal/orders", "orders", () -> api.protectionPage(filter.apiQuery(ORDERS, PAGE), SUMMARIES));
        model.addAttribute("now", clock.instant());
        model.addAttribute("municipalities", municipalities.options(locale));
        model.addAttribute("issued", issued);
        model.addAttribute("recorded", recorded);
        model.addAttribute("parties", AppealingParty.values());
        model.addAttribute("methods", ServiceMethod.values());
        return "orders";
    }

    @GetMapping("/portal/orders/new")
    String newOrder(@RequestParam(required = false) String referral, Model model, Locale locale) {
        RestrainingOrderForm form = new RestrainingOrderForm();
        form.about(referral);
        return form(form, model, locale);
    }

    @PostMapping("/portal/orders")
    String issue(@ModelAttribute("form") RestrainingOrderForm form, Model model, Locale locale) {
        try {
            JsonNode issued = api.protectionPost(ORDERS, form.toRequest(), form.getIdempotencyKey());
            return "redirect:/portal/orders?issued=" + issued.path("orderId").asText();
        } catch (PlatformApi.Refused refused) {
            Refusals.showOnForm(model, refused);
            return form(form, model, locale);
        }
    }

    /** L 10(3⁶), (3⁸): a party was served the order now; their appeal window starts. */
    @PostMapping("/portal/orders/{orderId}/service")
    String served(@PathVariable UUID orderId, @RequestParam AppealingParty party, @RequestParam ServiceMethod method) {
        api.protectionPost(ORDERS + "/" + orderId + "/service", Map.of("party", party, "servedAt", clock.instant(),
                "method", method), null);
        return "redirect:/portal/orders";
    }

    /**
     * What happened to an order, recorded now: a violation, criminal elements found, the victim told of their rights,
     * electronic surveillance imposed (with the consent), its protocol submitted to a court (within 24 hours, L 10¹(4)),
     * the parties' joint request to end it on conciliation, and the decision on that request after a study of the case
     * (L 12(3)). The service decides whether it may happen; its reason is shown beside the order when it may not.
     */
    @PostMapping("/portal/orders/{orderId}/{step:violations|criminal-elements|victim-informed|surveillance|surveillance-submission|conciliation-requests|conciliation-decision}")
    String step(@PathVariable UUID orderId, @PathVariable String step, @RequestParam MultiValueMap<String, String> form,
                @ModelAttribute("filter") OrderListFilter filter, Model model, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        STEP_TEXTS.forEach(field -> RequestBodies.text(body, field, form.getFirst(field)));
        STEP_ANSWERS.forEach(field -> RequestBodies.yesNo(body, field, form.getFirst(field)));
        body.put("at", clock.instant());
        try {
            api.protectionPost(ORDERS + "/" + orderId + "/" + step, body, null);
            return "redirect:/portal/orders?recorded=" + step;
        } catch (PlatformApi.Refused refused) {
            Refusals.showOnItem(model, refused);
            model.addAttribute("refusedItem", orderId.toString());
            model.addAttribute("refusedDecision", step);
            model.addAttribute("form", form.toSingleValueMap());
            return orders(filter, null, null, model, locale);
        }
    }

    private String form(RestrainingOrderForm form, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("allMatters", ProhibitedMatter.values());
        model.addAttribute("municipalities", municipalities.options(locale));
        return "order-form";
    }
}
