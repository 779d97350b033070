package ge.mimartva.statistics.facts;

import ge.mimartva.platform.mongo.ReadModelIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indexes the figures' queries need (FactsQueries; ReadModelIndexesTest lists each query and its index). */
@Configuration
public class StatisticsIndexes {

    /** Referrals filed in a period. */
    @Bean
    ReadModelIndex referralsByFiling() {
        return ReadModelIndex.on(ReferralFact.class, "filedAt");
    }

    /** Referrals closed in a period. */
    @Bean
    ReadModelIndex referralsByClosure() {
        return ReadModelIndex.on(ReferralFact.class, "closures.knownAt");
    }

    /** Notifications issued in a period. */
    @Bean
    ReadModelIndex notificationsByIssue() {
        return ReadModelIndex.on(NotificationFact.class, "issuedAt");
    }

    /** Protective measures of a period. */
    @Bean
    ReadModelIndex measuresByTime() {
        return ReadModelIndex.on(MeasureFact.class, "at");
    }

    /** Preservation requests recorded in a period. */
    @Bean
    ReadModelIndex preservationRequestsByRecording() {
        return ReadModelIndex.on(PreservationFact.class, "recordedAt");
    }
}
