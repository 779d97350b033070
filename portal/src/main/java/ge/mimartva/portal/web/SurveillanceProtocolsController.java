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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The electronic surveillance protocols the police submitted to a court (L 10¹(4)), the longest waiting first: its
 * clerk records the court's approval, or its refusal, which ends the surveillance at once (LEPL 112 is told).
 */
@Controller
public class SurveillanceProtocolsController {

    /** The restraining order a protocol belongs to, as the service lists it: no party's name. */
    public record Protocol(String orderId, String referralId, String issuingDistrict, String municipality,
                           Instant issuedAt, LocalDate validUntil, Instant surveillanceSubmittedAt) {
    }

    static final String PROTOCOLS = "/api/protective-measures/restraining-orders/surveillance-protocols";
    private static final ParameterizedTypeReference<List<Protocol>> LISTED = new ParameterizedTypeReference<>() {
    };

    private final PlatformApi api;
    private final Clock clock = Clock.systemUTC();

    public SurveillanceProtocolsController(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/portal/surveillance-protocols")
    String protocols(@ModelAttribute("filter") PlainListFilter filter, @RequestParam(required = false) String decided,
                     Model model) {
        filter.show(model, "/portal/surveillance-protocols", "protocols",
                () -> api.protectionPage(filter.apiQuery(PROTOCOLS, 50), LISTED));
        model.addAttribute("decided", decided);
        return "surveillance-protocols";
    }

    @PostMapping("/portal/surveillance-protocols/{orderId}/{decision:surveillance-approval|surveillance-refusal}")
    String decide(@PathVariable UUID orderId, @PathVariable String decision, @ModelAttribute("filter") PlainListFilter filter,
                  Model model) {
        try {
            api.protectionPost(RestrainingOrdersController.ORDERS + "/" + orderId + "/" + decision,
                    Map.of("at", clock.instant()), null);
            return "redirect:/portal/surveillance-protocols?decided=" + decision;
        } catch (PlatformApi.Refused refused) {
            if (refused.status() != 409) {
                throw refused;
            }
            model.addAttribute("refusedItem", orderId.toString());
            model.addAttribute("refusedBecause", refused.because());
            return protocols(filter, null, model);
        }
    }
}
