package ge.mimartva.referral.query;

import ge.mimartva.referral.api.ReferralStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Reads of the referrals read model. */
@Component
public class ReferralQueries {

    private final MongoTemplate mongo;

    public ReferralQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<ReferralDocument> referral(String referralId) {
        return Optional.ofNullable(mongo.findById(referralId, ReferralDocument.class));
    }

    /** The referrals a body filed, newest first. */
    public List<ReferralDocument> filedBy(String reportingBody, int limit) {
        return newestFirst(Criteria.where("reportingBody").is(reportingBody), limit);
    }

    /**
     * A unit's queue, newest first: its open cases (neither closed nor joined to another case), or only those
     * assigned to {@code socialWorker} when one is named.
     */
    public List<ReferralDocument> queueOf(String owningUnit, String socialWorker, int limit) {
        Criteria open = Criteria.where("owningUnit").is(owningUnit)
                .and("status").nin(ReferralStatus.CLOSED, ReferralStatus.LINKED);
        return newestFirst(socialWorker == null ? open : open.and("socialWorker").is(socialWorker), limit);
    }

    private List<ReferralDocument> newestFirst(Criteria criteria, int limit) {
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "filedAt")).limit(limit),
                ReferralDocument.class);
    }
}
