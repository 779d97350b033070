package ge.mimartva.victimstatus.query;

import ge.mimartva.victimstatus.lookup.ReferralCase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import ge.mimartva.platform.projection.ReadModelWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code child-cases} read model of the protection lookup; each update applies once. */
@Component
@ProcessingGroup(ChildCaseProjection.NAME)
public class ChildCaseProjection {

    public static final String NAME = "child-case-projection";

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;

    public ChildCaseProjection(MongoTemplate mongo, ReadModelWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @EventHandler
    void on(ReferralCase.ReferralCaseTracked e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().set("childSubjectId", e.childSubjectId())
                .setOnInsert("state", ReferralCase.CaseState.OPEN).set("owningUnit", e.owningUnit()));
    }

    @EventHandler
    void on(ReferralCase.ReferralCaseStateRecorded e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().set("state", e.state()).set("owningUnit", e.owningUnit()));
    }

    @EventHandler
    void on(ReferralCase.ProtectiveOrderApplicationRecorded e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().set("protectiveOrderApplied", true));
    }

    /** Applies the update once: a document that has seen this event (or a later one) is left alone. */
    private void apply(String referralId, long sequence, Update update) {
        writes.upsertOnce(ChildCaseDocument.class, referralId, sequence, update);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ChildCaseDocument.class);
    }
}
