package ge.mimartva.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import ge.mimartva.portal.api.PlatformApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A court's protective orders (L 10, 12): the clerk sees the court's orders page by page with their validity, and
 * extends one while the victim or their family is still at risk (L 12(2): by three months at most in all). The
 * service decides; a refusal is shown beside the order with the law's reason.
 */
@Controller
public class ProtectiveOrdersController {

    /** One of the court's orders as the service lists it: no party's name, only the order's state. */
    public record ProtectiveOrderSummary(String orderId, String referralId, String municipality, Instant issuedAt,
                                         LocalDate validUntil, int violations, String conciliation, boolean ended,
                                         String endedBecause) {
    }


    static final String ORDERS = "/api/protective-measures/protective-orders";
    static final int PAGE = 50;
    private static final ParameterizedTypeReference<List<ProtectiveOrderSummary>> SUMMARIES =
            new ParameterizedTypeReference<>() {
            };

    private final PlatformApi api;
    private final MunicipalityChoices municipalities;

    public ProtectiveOrdersController(PlatformApi api, MunicipalityChoices municipalities) {
        this.api = api;
        this.municipalities = municipalities;
    }

    @GetMapping("/portal/protective-orders/new")
    String newOrder(@RequestParam(required = false) String referral, Model model, Locale locale) {
        ProtectiveOrderForm form = new ProtectiveOrderForm();
        form.about(referral);
        return form(form, model, locale);
    }

    /** L 12: the court's order, recorded once however often it is sent (its idempotency key). */
    @PostMapping("/portal/protective-orders")
    String issue(@ModelAttribute("form") ProtectiveOrderForm form, Model model, Locale locale) {
        try {
            JsonNode issued = api.protectionPost(ORDERS, form.toRequest(), form.getIdempotencyKey());
            return "redirect:/portal/protective-orders?issued=" + issued.path("orderId").asText();
        } catch (PlatformApi.Refused refused) {
            Refusals.showOnForm(model, refused);
            return form(form, model, locale);
        }
    }

    /**
     * The parties' joint request to end the order on their conciliation, and the judge's decision on it after a
     * comprehensive study of the case (L 12(3), 13): never where a minor is concerned, the service says.
     */
    @PostMapping("/portal/protective-orders/{orderId}/{step:conciliation-requests|conciliation-decision}")
    String conciliation(@PathVariable UUID orderId, @PathVariable String step,
                        @RequestParam MultiValueMap<String, String> form,
                        @ModelAttribute("filter") OrderListFilter filter, Model model, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        RequestBodies.yesNo(body, "terminate", form.getFirst("terminate"));
        RequestBodies.yesNo(body, "threatOfViolence", form.getFirst("threatOfViolence"));
        RequestBodies.text(body, "reasons", form.getFirst("reasons"));
        body.put("at", Instant.now());
        try {
            api.protectionPost(ORDERS + "/" + orderId + "/" + step, body, null);
            return "redirect:/portal/protective-orders?recorded=" + step;
        } catch (PlatformApi.Refused refused) {
            Refusals.showOnItem(model, refused);
            model.addAttribute("refusedItem", orderId.toString());
            model.addAttribute("refusedDecision", step);
            model.addAttribute("form", form.toSingleValueMap());
            return orders(filter, model, locale);
        }
    }

    private String form(ProtectiveOrderForm form, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("municipalities", municipalities.options(locale));
        return "protective-order-form";
    }

    @GetMapping("/portal/protective-orders")
    String orders(@ModelAttribute("filter") OrderListFilter filter, Model model, Locale locale) {
        filter.show(model, "/portal/protective-orders", "orders",
                () -> api.protectionPage(filter.apiQuery(ORDERS, PAGE), SUMMARIES));
        model.addAttribute("municipalities", municipalities.options(locale));
        return "protective-orders";
    }

    /** L 12(2): extended to {@code extendedUntil}, the court having found the risk remains. */
    @PostMapping("/portal/protective-orders/{orderId}/extension")
    String extend(@PathVariable UUID orderId, @RequestParam(required = false) String extendedUntil,
                  @RequestParam(required = false) String riskRemains,
                  @ModelAttribute("filter") OrderListFilter filter, Model model, Locale locale) {
        Map<String, Object> extension = new LinkedHashMap<>();
        if (extendedUntil != null && !extendedUntil.isBlank()) {
            extension.put("extendedUntil", extendedUntil);
        }
        if (riskRemains != null && !riskRemains.isBlank()) {
            extension.put("riskRemains", Boolean.valueOf(riskRemains));
        }
        try {
            api.protectionPost(ORDERS + "/" + orderId + "/extension", extension, null);
            return "redirect:/portal/protective-orders?extended=" + orderId;
        } catch (PlatformApi.Refused refused) {
            Refusals.showOnItem(model, refused);
            model.addAttribute("refusedItem", orderId.toString());
            model.addAttribute("refusedDecision", "extension");
            return orders(filter, model, locale);
        }
    }
}
