package ge.mimartva.messaging;

import java.time.Instant;

/**
 * A data subject's personal data was erased (crypto-shredding) at an administrator's request in the service that
 * publishes it, under that service's own source: every other service holding data of subject {@code subjectId}
 * erases its own key for it. An erasure made because another service asked is not published again, so a request on
 * any service reaches every other once. {@code reason} is a code, never free text.
 */
public record PersonalDataErasedV1(String subjectId, String reason, Instant erasedAt) {
    public static final String TYPE = "PersonalDataErased";
    public static final int VERSION = 1;
}
