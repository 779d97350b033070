package ge.mimartva.victimstatus.query;

import ge.mimartva.victimstatus.protection.ReferralLinkedToProtectionRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import ge.mimartva.platform.projection.ReadModelWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code protection_records} read model; linking the same referral twice changes nothing. */
@Component
@ProcessingGroup(ProtectionRecordProjection.NAME)
public class ProtectionRecordProjection {

    public static final String NAME = "protection-record-projection";

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;

    public ProtectionRecordProjection(MongoTemplate mongo, ReadModelWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    /**
     * One write, no read: the referral and the municipality are added once each, the record opened at its first link
     * and last linked at its latest, whatever order the events are handled in again.
     */
    @EventHandler
    void on(ReferralLinkedToProtectionRecord e) {
        writes.upsertIdempotent(ProtectionRecordDocument.class, e.recordId(), new Update()
                .addToSet("referralIds", e.referralId())
                .addToSet("municipalities", e.municipality())
                .min("openedAt", e.linkedAt())
                .max("lastLinkedAt", e.linkedAt()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ProtectionRecordDocument.class);
    }
}
