package ge.mimartva.platform.audit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** One read of a child's record, or one refused ({@code refused}, without a purpose), as auditors see it. */
@Document("record_reads")
public record RecordReadDocument(@Id String eventId, String record, String recordId, String readerId,
                                 String readerUsername, String readerRole, String readerBody, ReadPurpose purpose,
                                 Instant readAt, boolean refused) {
}
