package ge.mimartva.messaging;

import ge.mimartva.platform.privacy.ErasureReason;
import ge.mimartva.platform.privacy.PersonalDataErased;

import java.time.Instant;
import java.util.Optional;

/**
 * A data subject's personal data was erased (crypto-shredding) at an administrator's request in the service that
 * publishes it, under that service's own source: every other service holding data of subject {@code subjectId}
 * erases its own key for it. An erasure made because another service asked is not published again, so a request on
 * any service reaches every other once. {@code reason} is a code, never free text.
 */
public record PersonalDataErasedV1(String subjectId, String reason, Instant erasedAt) {
    public static final String TYPE = "PersonalDataErased";
    public static final int VERSION = 1;

    /** What a service publishes of an erasure it made: nothing when another service asked for it. */
    public static Optional<PersonalDataErasedV1> toPublish(PersonalDataErased erased) {
        return ErasureReason.ERASED_ELSEWHERE.name().equals(erased.reason()) ? Optional.empty()
                : Optional.of(new PersonalDataErasedV1(erased.subjectId(), erased.reason(), erased.erasedAt()));
    }

    /** The subject another service erased, when {@code event} says so. */
    public static Optional<String> subjectErasedBy(ReceivedIntegrationEvent event) {
        return TYPE.equals(event.type()) && event.version() == VERSION
                ? Optional.of(event.payloadAs(PersonalDataErasedV1.class).subjectId()) : Optional.empty();
    }
}
