package ge.mimartva.referral.command;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * A child's pseudonymous subject id, shared with other services instead of the personal number: a keyed hash
 * (HMAC-SHA256) of the personal number, so the same child is the same subject everywhere but the number cannot be
 * recovered from it. A child without a known personal number gets a fresh random subject.
 */
@Component
public class ChildSubjectPseudonyms {

    private final SecretKeySpec key;

    public ChildSubjectPseudonyms(@Value("${mimartva.referral.subject-key}") String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalStateException("mimartva.referral.subject-key must be at least 16 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String subjectOf(Child child) {
        if (child.personalNumber() == null) {
            return UUID.randomUUID().toString();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("personal-number:" + child.personalNumber()).getBytes(StandardCharsets.UTF_8));
            return UUID.nameUUIDFromBytes(digest).toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
