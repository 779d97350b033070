package ge.mimartva.platform.audit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Someone read a child's record (Art. 19: who, in which role and body, when, which record, and why). Recorded in the
 * event store of the service that holds the record, before the record is answered; the reader is also in the event's
 * actor metadata, and the record's chain shows the read.
 *
 * @param record what was read: {@code referral}, {@code referral-chain}, {@code restraining-order}, ...
 */
@Revision("1")
public record RecordRead(String record, String recordId, String readerId, String readerUsername, String readerRole,
                         String readerBody, ReadPurpose purpose, Instant readAt) {
}
