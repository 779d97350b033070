package ge.mimartva.statistics.figures;

import ge.mimartva.statistics.facts.MeasureFact;
import ge.mimartva.statistics.facts.NotificationFact;
import ge.mimartva.statistics.facts.ReferralFact;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;

/** The facts of a period, each query served by an index (StatisticsIndexes; ReadModelIndexesTest lists them). */
@Component
public class FactsQueries {

    private final MongoTemplate mongo;

    public FactsQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Referrals filed in the period (known by its {@code asOf}). */
    public List<ReferralFact> referralsFiledIn(Period period) {
        return mongo.find(Query.query(Criteria.where("filedAt").gte(period.start()).lt(period.end()).lte(period.asOf())),
                ReferralFact.class);
    }

    /** Referrals with a closure learned in the period. */
    public List<ReferralFact> referralsClosedIn(Period period) {
        return mongo.find(Query.query(Criteria.where("closures.knownAt").gte(period.start()).lt(period.end())
                .lte(period.asOf())), ReferralFact.class);
    }

    /** Notifications issued in the period. */
    public List<NotificationFact> notificationsIssuedIn(Period period) {
        return mongo.find(Query.query(Criteria.where("issuedAt").gte(period.start()).lt(period.end()).lte(period.asOf())),
                NotificationFact.class);
    }

    /** Protective measures taken in the period. */
    public List<MeasureFact> measuresIn(Period period) {
        return mongo.find(Query.query(Criteria.where("at").gte(period.start()).lt(period.end())), MeasureFact.class)
                .stream().filter(m -> !m.knownAt().isAfter(period.asOf())).toList();
    }
}
