package ge.mimartva.referral.query;

import ge.mimartva.platform.mongo.ReadModelIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indexes referral-service's read-model queries need (ReadModelIndexesTest lists each query and its index). */
@Configuration
public class ReadModelIndexesConfiguration {

    /** An institution's referrals, newest first (ReferralQueries.filedBy). */
    @Bean
    ReadModelIndex referralsByReportingBody() {
        return ReadModelIndex.on(ReferralDocument.class, "reportingBody", "filedAt:desc", "_id:desc");
    }

    /** A unit's queue, newest first (ReferralQueries.queueOf). */
    @Bean
    ReadModelIndex referralsByOwningUnit() {
        return ReadModelIndex.on(ReferralDocument.class, "owningUnit", "filedAt:desc", "_id:desc");
    }

    /** A social worker's own cases in the unit's queue (ReferralQueries.queueOf with a worker). */
    @Bean
    ReadModelIndex referralsBySocialWorker() {
        return ReadModelIndex.on(ReferralDocument.class, "owningUnit", "socialWorker", "filedAt:desc", "_id:desc");
    }

    /** The child's open case by pseudonym, oldest first (OpenCases). */
    @Bean
    ReadModelIndex referralsByChild() {
        return ReadModelIndex.on(ReferralDocument.class, "childSubjectId", "filedAt");
    }

    /** The child's open case without a personal number: municipality and date of birth (OpenCases). */
    @Bean
    ReadModelIndex referralsByMunicipalityAndDateOfBirth() {
        return ReadModelIndex.on(ReferralDocument.class, "municipality", "childDateOfBirth", "filedAt");
    }

    /** A referral's chain in order (ChainEntries.of). */
    @Bean
    ReadModelIndex chainByReferral() {
        return ReadModelIndex.on(ChainEntryDocument.class, "referralId", "occurredAt", "sequence", "_id");
    }

    /** The open cases whose plan gives a body a task, newest first (ReferralQueries.withTasksOf). */
    @Bean
    ReadModelIndex referralsByPlanTaskOwner() {
        return ReadModelIndex.on(ReferralDocument.class, "planTasks.ownerBody", "filedAt:desc", "_id:desc");
    }

    /** The division's open preservation requests by their next due time (PreservationRequestQueries.queue). */
    @Bean
    ReadModelIndex openPreservationRequestsByNextDue() {
        return ReadModelIndex.on(PreservationRequestDocument.class, "open", "nextDueAt", "_id");
    }

    /** The closed preservation requests, newest first (PreservationRequestQueries.queue). */
    @Bean
    ReadModelIndex preservationRequestsByRecording() {
        return ReadModelIndex.on(PreservationRequestDocument.class, "open", "recordedAt:desc", "_id:desc");
    }

    /** What the division sent abroad, newest first (InternationalExchangeProjection.newestFirst). */
    @Bean
    ReadModelIndex internationalExchangesByRecording() {
        return ReadModelIndex.on(InternationalExchangeDocument.class, "recordedAt:desc", "_id:desc");
    }
}
