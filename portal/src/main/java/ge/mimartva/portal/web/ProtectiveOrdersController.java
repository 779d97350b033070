package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
            if (refused.status() != 400 && refused.status() != 409) {
                throw refused;
            }
            model.addAttribute("refusedOrder", orderId.toString());
            model.addAttribute("refusedFields", ApiMessages.byField(refused.errors()));
            model.addAttribute("refusedBecause", refused.because());
            return orders(filter, model, locale);
        }
    }
}
