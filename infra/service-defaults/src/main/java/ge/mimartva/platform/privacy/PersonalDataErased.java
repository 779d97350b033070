package ge.mimartva.platform.privacy;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A data subject's keys were erased in this service: from now on their personal data in its events reads as erased.
 * {@code historyDigest} is the digest of the event history just before the erasure; verifying the same range after it
 * gives the same digest, which shows that nothing stored was rewritten.
 */
@Revision("1")
public record PersonalDataErased(String subjectId, int keysErased, String reason, long historyUpTo,
                                 String historyDigest, Instant erasedAt) {
}
