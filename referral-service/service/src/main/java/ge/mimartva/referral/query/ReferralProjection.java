package ge.mimartva.referral.query;

import ge.mimartva.referral.command.ReferralFiled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code referrals} read model. Idempotent (writes by id), so a replay rebuilds the same documents. */
@Component
@ProcessingGroup(ReferralProjection.NAME)
public class ReferralProjection {

    public static final String NAME = "referral-projection";

    private final MongoTemplate mongo;

    public ReferralProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ReferralFiled e, @SequenceNumber long sequence) {
        mongo.save(new ReferralDocument(e.referralId(), "FILED", e.reportingBody(), e.reportingBodyType(), e.filedBy(),
                e.filedAt(), e.child().firstName(), e.child().lastName(), e.child().personalNumber(),
                e.child().dateOfBirth(), e.child().approximateAge(), e.child().municipality(), e.concerns(),
                e.description(), e.immediateDanger(), sequence));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ReferralDocument.class);
    }
}
