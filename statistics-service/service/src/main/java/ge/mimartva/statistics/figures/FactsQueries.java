package ge.mimartva.statistics.figures;

import com.mongodb.client.MongoCursor;
import ge.mimartva.statistics.facts.MeasureFact;
import ge.mimartva.statistics.facts.PreservationFact;
import ge.mimartva.statistics.facts.NotificationFact;
import ge.mimartva.statistics.facts.ReferralFact;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The facts of a period, each query served by an index (StatisticsIndexes; ReadModelIndexesTest lists them). Each is a
 * stream over the database's cursor, read as it is consumed, so a decade's figures never hold the decade in memory;
 * close it (try-with-resources) to free the cursor.
 */
@Component
public class FactsQueries {

    /** Documents fetched per round trip. */
    private static final int BATCH = 1_000;

    private final MongoTemplate mongo;

    public FactsQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Referrals filed in the period (known by its {@code asOf}). */
    public Stream<ReferralFact> referralsFiledIn(Period period) {
        return find(ReferralFact.class, Criteria.where("filedAt").gte(period.start()).lt(period.end()).lte(period.asOf()),
                FactDocuments::referral);
    }

    /** Referrals with a closure learned in the period. */
    public Stream<ReferralFact> referralsClosedIn(Period period) {
        return find(ReferralFact.class, Criteria.where("closures.knownAt").gte(period.start()).lt(period.end())
                .lte(period.asOf()), FactDocuments::referral);
    }

    /** Notifications issued in the period. */
    public Stream<NotificationFact> notificationsIssuedIn(Period period) {
        return find(NotificationFact.class, Criteria.where("issuedAt").gte(period.start()).lt(period.end())
                .lte(period.asOf()), FactDocuments::notification);
    }

    /** Protective measures taken in the period. */
    public Stream<MeasureFact> measuresIn(Period period) {
        return find(MeasureFact.class, Criteria.where("at").gte(period.start()).lt(period.end()), FactDocuments::measure)
                .filter(m -> !m.knownAt().isAfter(period.asOf()));
    }

    /** Preservation requests recorded in the period (known by its {@code asOf}). */
    public Stream<PreservationFact> preservationRequestsRecordedIn(Period period) {
        return find(PreservationFact.class, Criteria.where("recordedAt").gte(period.start()).lt(period.end())
                .lte(period.asOf()), FactDocuments::preservation);
    }

    /** The documents matching, read by hand ({@link FactDocuments}) as the stream is consumed. */
    private <T> Stream<T> find(Class<?> type, Criteria criteria, Function<Document, T> read) {
        MongoCursor<Document> cursor = mongo.getCollection(mongo.getCollectionName(type))
                .find(Query.query(criteria).getQueryObject()).batchSize(BATCH).iterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(cursor::close).map(read);
    }
}
