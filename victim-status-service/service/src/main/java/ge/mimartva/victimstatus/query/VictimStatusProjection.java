package ge.mimartva.victimstatus.query;

import ge.mimartva.platform.pseudonym.SubjectPseudonyms;
import ge.mimartva.victimstatus.status.VictimStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import ge.mimartva.platform.projection.ReadModelWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code victim-statuses} read model; each update applies once (guarded by the event's sequence number). */
@Component
@ProcessingGroup(VictimStatusProjection.NAME)
public class VictimStatusProjection {

    public static final String NAME = "victim-status-projection";

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;
    private final SubjectPseudonyms pseudonyms;

    public VictimStatusProjection(MongoTemplate mongo, ReadModelWrites writes, SubjectPseudonyms pseudonyms) {
        this.mongo = mongo;
        this.writes = writes;
        this.pseudonyms = pseudonyms;
    }

    @EventHandler
    void on(VictimStatus.VictimStatusApplied e, @SequenceNumber long sequence) {
        if (writes.findById(e.statusId(), VictimStatusDocument.class) == null) {
            String subject = e.applicant().personalNumber() == null ? null : pseudonyms.of(e.applicant().personalNumber());
            writes.save(new VictimStatusDocument(e.statusId(), e.referralId(), subject, e.applicant().municipality(), e.ground(),
                    e.onBehalfOfChild(), "APPLIED", null, null, null, null, null, null, e.appliedAt(), false, sequence));
        }
    }

    @EventHandler
    void on(VictimStatus.VictimStatusGranted e, @SequenceNumber long sequence) {
        apply(e.statusId(), sequence, new Update().set("state", "GRANTED").set("grantor", e.grantor())
                .set("grantingBody", e.grantingBody()).set("decisionDocument", e.decisionDocument())
                .set("validFrom", e.validFrom()).set("validUntil", e.validUntil()));
    }

    @EventHandler
    void on(VictimStatus.VictimStatusRefused e, @SequenceNumber long sequence) {
        apply(e.statusId(), sequence, new Update().set("state", "REFUSED").set("grantor", e.grantor())
                .set("grantingBody", e.grantingBody()).set("decisionDocument", e.decisionDocument()).set("reason", e.reason()));
    }

    @EventHandler
    void on(VictimStatus.VictimStatusRevoked e, @SequenceNumber long sequence) {
        apply(e.statusId(), sequence, new Update().set("state", "REVOKED").set("reason", e.reason()));
    }

    @EventHandler
    void on(VictimStatus.VictimStatusExpiring e, @SequenceNumber long sequence) {
        apply(e.statusId(), sequence, new Update().set("expiryWarned", true));
    }

    @EventHandler
    void on(VictimStatus.VictimStatusExpired e, @SequenceNumber long sequence) {
        apply(e.statusId(), sequence, new Update().set("state", "EXPIRED"));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(VictimStatusDocument.class);
    }

    private void apply(String statusId, long sequence, Update update) {
        writes.applyOnce(VictimStatusDocument.class, statusId, sequence, update);
    }
}
