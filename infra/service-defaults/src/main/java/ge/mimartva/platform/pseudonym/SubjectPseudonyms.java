package ge.mimartva.platform.pseudonym;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * A person's pseudonymous subject id, shared between services instead of the personal number: a keyed hash
 * (HMAC-SHA256) of the personal number, so the same person is the same subject in every service that holds the key
 * ({@code mimartva.subject-key}, from {@code MIMARTVA_SUBJECT_KEY}) but the number cannot be recovered from it.
 */
public final class SubjectPseudonyms {

    private final SecretKeySpec key;

    public SubjectPseudonyms(String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalStateException("mimartva.subject-key must be at least 16 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The subject id of the person with this personal number. */
    public String of(String personalNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("personal-number:" + personalNumber).getBytes(StandardCharsets.UTF_8));
            return UUID.nameUUIDFromBytes(digest).toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
