package ge.mimartva.platform.privacy;

import ge.mimartva.platform.web.ListParameters;
import ge.mimartva.platform.web.PlatformAccess;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.security.Actor;
import ge.mimartva.security.Role;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Operators erase a data subject (one administrator asks, {@code POST /api/admin/personal-data-erasures}; a second
 * approves, {@code .../{requestId}/approval}), wrap every
 * data-subject key with the current key-encryption key after a rotation ({@code POST /api/admin/key-encryption/rewrap},
 * administrators) and verify the event history ({@code GET /api/admin/event-history/verification}, administrators and
 * auditors).
 */
@RestController
public class PrivacyAdminController {

    /** The subject is named by its pseudonymous id, never by a personal number. */
    public record ErasureRequest(
            @NotNull(message = "is required")
            @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                    message = "must be a data subject id (a UUID)") String subjectId,
            @NotNull(message = "is required") ErasureReason reason) {
    }

    /** After a rotation: how many keys were wrapped again, and with which key-encryption key. */
    public record Rewrapped(int keys, String keyEncryptionKey) {
    }

    private final ErasureRequests erasureRequests;
    private final EventHistory history;
    private final SubjectKeyVault vault;
    private final KeyEncryptionKeys keyEncryptionKeys;
    private final Validator validator;

    public PrivacyAdminController(ErasureRequests erasureRequests, EventHistory history, SubjectKeyVault vault,
                                  KeyEncryptionKeys keyEncryptionKeys, Validator validator) {
        this.erasureRequests = erasureRequests;
        this.history = history;
        this.vault = vault;
        this.keyEncryptionKeys = keyEncryptionKeys;
        this.validator = validator;
    }

    @PostMapping("/api/admin/key-encryption/rewrap")
    public ResponseEntity<Rewrapped> rewrap() {
        PlatformAccess.administrator("Only administrators rotate the key-encryption key.");
        return ResponseEntity.ok(new Rewrapped(vault.rewrapAll(), keyEncryptionKeys.currentId()));
    }

    /**
     * Asks for a subject's erasure; nothing is erased until a second administrator approves
     * ({@code .../{requestId}/approval}).
     */
    @PostMapping("/api/admin/personal-data-erasures")
    public ResponseEntity<ErasureRequests.ErasureRequest> requestErasure(@RequestBody ErasureRequest request) {
        Actor actor = administrator();
        RequestValidation.of(validator, request).orThrow();
        ErasureRequests.ErasureRequest asked = erasureRequests.request(request.subjectId(), request.reason(), actor);
        return ResponseEntity.accepted().body(asked);
    }

    /** The erasures awaiting a second administrator, the oldest first. */
    @GetMapping("/api/admin/personal-data-erasures")
    public ResponseEntity<List<ErasureRequests.ErasureRequest>> openErasures(@RequestParam(defaultValue = "100") int limit) {
        administrator();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(erasureRequests.open(ListParameters.pageSize(limit, 500)));
    }

    /** A second administrator approves: the subject is erased now (crypto-shredding). */
    @PostMapping("/api/admin/personal-data-erasures/{requestId}/approval")
    public ResponseEntity<PersonalDataErased> approve(@PathVariable UUID requestId) {
        return ResponseEntity.ok(erasureRequests.approve(requestId, administrator()));
    }

    @PostMapping("/api/admin/personal-data-erasures/{requestId}/rejection")
    public ResponseEntity<ErasureRequests.ErasureRequest> reject(@PathVariable UUID requestId) {
        return ResponseEntity.ok(erasureRequests.reject(requestId, administrator()));
    }

    private static Actor administrator() {
        return PlatformAccess.administrator("Only administrators erase personal data.");
    }

    @GetMapping("/api/admin/event-history/verification")
    public ResponseEntity<EventHistory.Verification> verify(@RequestParam(required = false) Long upTo) {
        PlatformAccess.withAnyRole("Only administrators and auditors verify the event history.", Role.ADMINISTRATOR,
                Role.AUDITOR);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(history.verify(upTo == null ? history.head() : upTo));
    }
}
