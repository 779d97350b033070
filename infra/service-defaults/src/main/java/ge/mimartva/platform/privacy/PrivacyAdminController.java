package ge.mimartva.platform.privacy;

import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.web.ActionForbiddenException;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.security.Role;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators erase a data subject ({@code POST /api/admin/personal-data-erasures}, administrators), wrap every
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

    private final PersonalDataErasure erasure;
    private final EventHistory history;
    private final SubjectKeyVault vault;
    private final KeyEncryptionKeys keyEncryptionKeys;
    private final Validator validator;

    public PrivacyAdminController(PersonalDataErasure erasure, EventHistory history, SubjectKeyVault vault,
                                  KeyEncryptionKeys keyEncryptionKeys, Validator validator) {
        this.erasure = erasure;
        this.history = history;
        this.vault = vault;
        this.keyEncryptionKeys = keyEncryptionKeys;
        this.validator = validator;
    }

    @PostMapping("/api/admin/key-encryption/rewrap")
    public ResponseEntity<Rewrapped> rewrap() {
        if (!CurrentActor.get().hasRole(Role.ADMINISTRATOR)) {
            throw new ActionForbiddenException("Only administrators rotate the key-encryption key.");
        }
        return ResponseEntity.ok(new Rewrapped(vault.rewrapAll(), keyEncryptionKeys.currentId()));
    }

    @PostMapping("/api/admin/personal-data-erasures")
    public ResponseEntity<PersonalDataErased> erase(@RequestBody ErasureRequest request) {
        Actor actor = CurrentActor.get();
        if (!actor.hasRole(Role.ADMINISTRATOR)) {
            throw new ActionForbiddenException("Only administrators erase personal data.");
        }
        RequestValidation.of(validator, request).orThrow();
        return ResponseEntity.ok(erasure.erase(request.subjectId(), request.reason(), MessageContext.of(actor, null, null)));
    }

    @GetMapping("/api/admin/event-history/verification")
    public ResponseEntity<EventHistory.Verification> verify(@RequestParam(required = false) Long upTo) {
        if (!CurrentActor.get().hasAnyRole(Role.ADMINISTRATOR, Role.AUDITOR)) {
            throw new ActionForbiddenException("Only administrators and auditors verify the event history.");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(history.verify(upTo == null ? history.head() : upTo));
    }
}
