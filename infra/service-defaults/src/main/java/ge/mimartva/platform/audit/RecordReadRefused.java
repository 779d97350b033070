package ge.mimartva.platform.audit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Someone asked for a child's record and was refused (answered as if it did not exist): who, in which role and body,
 * when, and which record they asked for. Auditors see refused reads beside the reads, so probing is visible.
 */
@Revision("1")
public record RecordReadRefused(String record, String recordId, String readerId, String readerUsername, String readerRole,
                                String readerBody, Instant refusedAt) {
}
