package ge.mimartva.victimstatus.query;

import ge.mimartva.victimstatus.protection.ReferralLinkedToProtectionRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import ge.mimartva.platform.projection.ReadModelWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    @EventHandler
    void on(ReferralLinkedToProtectionRecord e) {
        Optional<ProtectionRecordDocument> existing = Optional.ofNullable(
                writes.findById(e.recordId(), ProtectionRecordDocument.class));
        List<String> referrals = new ArrayList<>(existing.map(ProtectionRecordDocument::referralIds).orElse(List.of()));
        List<String> municipalities = new ArrayList<>(existing.map(ProtectionRecordDocument::municipalities).orElse(List.of()));
        if (!referrals.contains(e.referralId())) {
            referrals.add(e.referralId());
        }
        if (!municipalities.contains(e.municipality())) {
            municipalities.add(e.municipality());
        }
        writes.save(new ProtectionRecordDocument(e.recordId(), referrals, municipalities,
                existing.map(ProtectionRecordDocument::openedAt).orElse(e.linkedAt()), e.linkedAt()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ProtectionRecordDocument.class);
    }
}
