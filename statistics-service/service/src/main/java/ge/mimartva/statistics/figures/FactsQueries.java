package ge.mimartva.statistics.figures;

import ge.mimartva.statistics.facts.MeasureFact;
import ge.mimartva.statistics.facts.NotificationFact;
import ge.mimartva.statistics.facts.ReferralFact;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;

/** The facts of a period, each query served by an index (StatisticsIndexes; ReadModelIndexesTest lists them). */
@Component
public class FactsQueries {

    private final MongoTemplate mongo;

    public FactsQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Referrals filed in the period (known by its {@code asOf}). */
    public List<ReferralFact> referralsFiledIn(Period period) {
        return find(ReferralFact.class, Criteria.where("filedAt").gte(period.start()).lt(period.end()).lte(period.asOf()),
                FactDocuments::referral);
    }

    /** Referrals with a closure learned in the period. */
    public List<ReferralFact> referralsClosedIn(Period period) {
        return find(ReferralFact.class, Criteria.where("closures.knownAt").gte(period.start()).lt(period.end())
                .lte(period.asOf()), FactDocuments::referral);
    }

    /** Notifications issued in the period. */
    public List<NotificationFact> notificationsIssuedIn(Period period) {
        return find(NotificationFact.class, Criteria.where("issuedAt").gte(period.start()).lt(period.end())
                .lte(period.asOf()), FactDocuments::notification);
    }

    /** Protective measures taken in the period. */
    public List<MeasureFact> measuresIn(Period period) {
        return find(MeasureFact.class, Criteria.where("at").gte(period.start()).lt(period.end()), FactDocuments::measure)
                .stream().filter(m -> !m.knownAt().isAfter(period.asOf())).toList();
    }

    /** The documents matching, read by hand ({@link FactDocuments}). */
    private <T> List<T> find(Class<?> type, Criteria criteria, Function<Document, T> read) {
        List<T> facts = new ArrayList<>();
        mongo.getCollection(mongo.getCollectionName(type)).find(Query.query(criteria).getQueryObject())
                .forEach(d -> facts.add(read.apply(d)));
        return facts;
    }
}
