package ge.mimartva.victimstatus.query;

import ge.mimartva.victimstatus.lookup.ReferralCase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code child-cases} read model of the protection lookup; each update applies once. */
@Component
@ProcessingGroup(ChildCaseProjection.NAME)
public class ChildCaseProjection {

    public static final String NAME = "child-case-projection";

    private final MongoTemplate mongo;

    public ChildCaseProjection(MongoTemplate mongo) {
        this.mongo = mongo;
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

    /** Applies the update once: a document that has seen this event (or a later one) is left alone. */
    private void apply(String referralId, long sequence, Update update) {
        ChildCaseDocument current = mongo.findById(referralId, ChildCaseDocument.class);
        if (current == null || current.version() < sequence) {
            mongo.upsert(Query.query(Criteria.where("_id").is(referralId)), update.set("version", sequence),
                    ChildCaseDocument.class);
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ChildCaseDocument.class);
    }
}
