package ge.mimartva.platform.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SHA-256 of a request's body as it was read, kept for a request sent with an {@code Idempotency-Key}
 * ({@link RequestFingerprintFilter}): a retry of the same request sends the same bytes, so it has the same fingerprint;
 * another request under the same key has another.
 */
public final class RequestFingerprint {

    static final String ATTRIBUTE = RequestFingerprint.class.getName();

    private final MessageDigest digest;

    RequestFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    void update(byte[] buffer, int offset, int length) {
        digest.update(buffer, offset, length);
    }

    /** The fingerprint of what has been read of the body so far (all of it, once the request was bound). */
    public String hex() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests are cloneable", e);
        }
    }

    /** The current request's fingerprint, if it was sent with an Idempotency-Key. */
    public static Optional<RequestFingerprint> ofCurrentRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return Optional.ofNullable(request == null ? null
                : (RequestFingerprint) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }
}
