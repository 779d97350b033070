package ge.mimartva.referral.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** One event of a referral's chain (collection {@code chain}); the id is the event's id, so a redelivery is a no-op. */
@Document(ChainEntryDocument.COLLECTION)
public record ChainEntryDocument(@Id String eventId, String referralId, String service, String type,
                                 Instant occurredAt, long sequence, String actorId, String actorUsername, String actorRole,
                                 String actorBody, String correlationId, String causationId) {

    public static final String COLLECTION = "chain";
}
