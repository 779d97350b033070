package ge.mimartva.victimstatus.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

@Document(ProtectionRecordDocument.COLLECTION)
public record ProtectionRecordDocument(@Id String recordId, List<String> referralIds, List<String> municipalities,
                                       Instant openedAt, Instant lastLinkedAt) {

    public static final String COLLECTION = "protection_records";
}
