package ge.mimartva.referral.query;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
public class ReferralQueries {

    private final MongoTemplate mongo;

    public ReferralQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<ReferralDocument> referral(String referralId) {
        return Optional.ofNullable(mongo.findById(referralId, ReferralDocument.class));
    }
}
