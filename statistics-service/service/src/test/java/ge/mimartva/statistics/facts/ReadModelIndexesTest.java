package ge.mimartva.statistics.facts;

import ge.mimartva.platform.mongo.ReadModelIndex.QueryShape;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every query of statistics-service's read model (FactsQueries), and the declared index that serves it. */
class ReadModelIndexesTest {

    private final StatisticsIndexes indexes = new StatisticsIndexes();

    @Test
    void everyQueryHasAnIndexThatServesIt() {
        assertThat(indexes.referralsByFiling().serves(QueryShape.of("FactsQueries.referralsFiledIn", ReferralFact.class,
                Set.of(), "filedAt"))).isTrue();
        assertThat(indexes.referralsByClosure().serves(QueryShape.of("FactsQueries.referralsClosedIn",
                ReferralFact.class, Set.of(), "closures.knownAt"))).isTrue();
        assertThat(indexes.notificationsByIssue().serves(QueryShape.of("FactsQueries.notificationsIssuedIn",
                NotificationFact.class, Set.of(), "issuedAt"))).isTrue();
        assertThat(indexes.measuresByTime().serves(QueryShape.of("FactsQueries.measuresIn", MeasureFact.class,
                Set.of(), "at"))).isTrue();
    }
}
