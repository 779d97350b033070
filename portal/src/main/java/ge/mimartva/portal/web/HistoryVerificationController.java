package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.security.Role;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The verification of a service's event history, for administrators and auditors (ADR 0005): every event is chained
 * to the one before when stored and the chain is signed at intervals, so the service recomputes it and says whether
 * it is intact, or names the first event that differs.
 */
@Controller
public class HistoryVerificationController {

    public record Verification(long events, long upTo, String digest, long unreadable, boolean intact,
                               Difference firstDifference, int checkpointsMatched) {
    }

    public record Difference(long chainPosition, Long globalIndex, String problem) {
    }

    private final PlatformApi api;

    public HistoryVerificationController(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/portal/verification")
    String verification(Model model) {
        requireVerifier();
        model.addAttribute("services", api.operatedServices());
        return "verification";
    }

    /** Verifies the service's history up to its head now (it may take a while on a long history). */
    @PostMapping("/portal/verification/{service}")
    String verify(@PathVariable String service, Model model) {
        requireVerifier();
        model.addAttribute("verifiedService", service);
        model.addAttribute("verification", api.operatedGet(service, "/api/admin/event-history/verification",
                new ParameterizedTypeReference<Verification>() {
                }));
        return verification(model);
    }

    private static void requireVerifier() {
        if (!CurrentActor.get().hasAnyRole(Role.ADMINISTRATOR, Role.AUDITOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
