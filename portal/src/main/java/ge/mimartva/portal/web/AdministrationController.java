package ge.mimartva.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The platform's operation, for administrators: erasures of a data subject on four eyes (one asks, a second
 * approves; ADR 0005), the events a processor could not handle (dead letters, retried once the cause is mended), the
 * deliveries to agencies' endpoints parked after their retries (sent again); the way to the verification of each
 * service's event history ({@link HistoryVerificationController}). Each service answers for itself: one that cannot answer is shown as such, the others still are.
 */
@Controller
public class AdministrationController {

    public record ErasureRequest(UUID requestId, String subjectId, String reason, String requestedBy,
                                 Instant requestedAt) {
    }

    public record Letter(String processingGroup, String eventType, long sequenceNumber, Instant enqueuedAt,
                         String cause, long attempts) {
    }

    public record GroupLetters(String processingGroup, long count, List<Letter> letters) {
    }

    /** A service's dead letters, or that it did not answer. */
    public record ServiceLetters(String service, List<GroupLetters> groups, boolean unavailable) {
    }

    public record Delivery(String jobId, String recipientBody, String channel, int attempts, String lastFailure,
                           Instant createdAt) {
    }

    static final List<String> ERASURE_REASONS = List.of("RETENTION_PERIOD_ENDED", "COURT_ORDER", "DATA_SUBJECT_REQUEST",
            "RECORDED_IN_ERROR");
    /** Erasures are asked for in referral-service, which holds the children's cases; the others follow its event. */
    static final String ERASING_SERVICE = "referral-service";
    static final String ERASURES = "/api/admin/personal-data-erasures";

    private final PlatformApi api;

    public AdministrationController(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/portal/admin")
    String administration(Model model) {
        requireAdministrator();
        List<String> unavailable = new ArrayList<>();
        model.addAttribute("erasures", answered(ERASING_SERVICE, unavailable,
                () -> api.operatedGet(ERASING_SERVICE, ERASURES, new ParameterizedTypeReference<List<ErasureRequest>>() {
                })).orElse(List.of()));
        List<ServiceLetters> letters = new ArrayList<>();
        for (String service : api.operatedServices()) {
            Optional<List<GroupLetters>> groups = answered(service, new ArrayList<>(), () -> api.operatedGet(service,
                    "/api/admin/dead-letters?limit=20", new ParameterizedTypeReference<List<GroupLetters>>() {
                    }));
            letters.add(new ServiceLetters(service, groups.map(g -> g.stream().filter(l -> l.count() > 0).toList())
                    .orElse(List.of()), groups.isEmpty()));
        }
        model.addAttribute("letters", letters);
        model.addAttribute("deliveries", answered("notification-service", unavailable, () -> api.operatedGet(
                "notification-service", "/api/admin/deliveries?status=PARKED&limit=100",
                new ParameterizedTypeReference<List<Delivery>>() {
                })).orElse(List.of()));
        model.addAttribute("unavailable", unavailable);
        model.addAttribute("reasons", ERASURE_REASONS);
        if (!model.containsAttribute("erasureForm")) {
            model.addAttribute("erasureForm", Map.of());
        }
        return "admin";
    }

    /** Asks for a subject's erasure; nothing is erased until a second administrator approves. */
    @PostMapping("/portal/admin/erasures")
    String requestErasure(@RequestParam(required = false) String subjectId, @RequestParam(required = false) String reason,
                          Model model, RedirectAttributes redirect) {
        Map<String, Object> request = new LinkedHashMap<>();
        RequestBodies.text(request, "subjectId", subjectId);
        RequestBodies.text(request, "reason", reason);
        try {
            api.operatedPost(ERASING_SERVICE, ERASURES, request);
            redirect.addFlashAttribute("done", "erasureRequested");
            return "redirect:/portal/admin";
        } catch (PlatformApi.Refused refused) {
            Refusals.showOnForm(model, refused);
            model.addAttribute("erasureForm", request);
            return administration(model);
        }
    }

    /** A second administrator approves (the subject is erased now) or rejects; the one who asked may do neither. */
    @PostMapping("/portal/admin/erasures/{requestId}/{decision:approval|rejection}")
    String decideErasure(@PathVariable UUID requestId, @PathVariable String decision, RedirectAttributes redirect) {
        return acted(redirect, "erasure-" + decision, () -> api.operatedPost(ERASING_SERVICE,
                ERASURES + "/" + requestId + "/" + decision, null));
    }

    /** The events a processor could not handle, handled again now that their cause is mended. */
    @PostMapping("/portal/admin/dead-letters/{service}/{processingGroup}/retry")
    String retry(@PathVariable String service, @PathVariable String processingGroup, RedirectAttributes redirect) {
        return acted(redirect, "retried", () -> api.operatedPost(service,
                "/api/admin/dead-letters/" + processingGroup + "/retry", null));
    }

    /** A delivery parked after its retries, sent again now that the agency's endpoint answers. */
    @PostMapping("/portal/admin/deliveries/{jobId}/redelivery")
    String redeliver(@PathVariable String jobId, RedirectAttributes redirect) {
        return acted(redirect, "redelivered", () -> api.operatedPost("notification-service",
                "/api/admin/deliveries/" + jobId + "/redelivery", null));
    }

    /** Acts, and shows the page again with what was done, or the service's reason for refusing. */
    private static String acted(RedirectAttributes redirect, String done, Supplier<JsonNode> action) {
        requireAdministrator();
        try {
            action.get();
            redirect.addFlashAttribute("done", done);
        } catch (PlatformApi.Refused refused) {
            if (refused.status() != 409 && refused.status() != 404) {
                throw refused;
            }
            redirect.addFlashAttribute("refusedBecause", refused.because() != null ? refused.because() : "");
        }
        return "redirect:/portal/admin";
    }

    private static <T> Optional<T> answered(String service, List<String> unavailable, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (PlatformApi.Refused refused) {
            if (refused.status() != PlatformApi.UNAVAILABLE) {
                throw refused;
            }
            unavailable.add(service);
            return Optional.empty();
        }
    }

    private static void requireAdministrator() {
        if (!CurrentActor.get().hasRole(Role.ADMINISTRATOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
