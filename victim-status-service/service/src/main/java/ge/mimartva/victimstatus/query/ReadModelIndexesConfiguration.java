package ge.mimartva.victimstatus.query;

import ge.mimartva.platform.mongo.ReadModelIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indexes victim-status-service's read-model queries need (ReadModelIndexesTest lists each query and its index). */
@Configuration
public class ReadModelIndexesConfiguration {

    /** A child's cases: the open ones (ProtectionFinder), those with a protective order applied for (PendingOrderProceedings). */
    @Bean
    ReadModelIndex childCasesByChild() {
        return ReadModelIndex.on(ChildCaseDocument.class, "childSubjectId");
    }

    /** The orders about a victim (ProtectionFinder, PendingOrderProceedings). */
    @Bean
    ReadModelIndex ordersByVictim() {
        return ReadModelIndex.on(OrderDocument.class, "victimSubjectId");
    }

    /** The orders on a referral (PendingOrderProceedings). */
    @Bean
    ReadModelIndex ordersByReferral() {
        return ReadModelIndex.on(OrderDocument.class, "referralId", "kind");
    }

    /** A person's victim statuses (ProtectionFinder). */
    @Bean
    ReadModelIndex statusesBySubject() {
        return ReadModelIndex.on(VictimStatusDocument.class, "subjectId");
    }

    /** A body's orders of a kind, newest first (ReadableOrders.issuedBy). */
    @Bean
    ReadModelIndex ordersByIssuer() {
        return ReadModelIndex.on(OrderDocument.class, "issuingDistrict", "kind", "issuedAt:desc", "_id:desc");
    }

    /** Applications and refused, revoked or expired statuses in the order they were applied for (VictimStatusQueries). */
    @Bean
    ReadModelIndex statusesByStateAndApplication() {
        return ReadModelIndex.on(VictimStatusDocument.class, "state", "appliedAt", "_id");
    }

    /** Granted statuses, the soonest to expire first (VictimStatusQueries). */
    @Bean
    ReadModelIndex statusesByStateAndExpiry() {
        return ReadModelIndex.on(VictimStatusDocument.class, "state", "validUntil", "_id");
    }

    /** An institution's notices, newest first (PenitentiaryNoticeQueries.sentBy). */
    @Bean
    ReadModelIndex noticesByInstitution() {
        return ReadModelIndex.on(PenitentiaryNoticeDocument.class, "institution", "effectiveAt", "_id");
    }

    /** A district's notices, in the order they took effect (PenitentiaryNoticeQueries.toDistrict). */
    @Bean
    ReadModelIndex noticesByDistrict() {
        return ReadModelIndex.on(PenitentiaryNoticeDocument.class, "policeDistrict", "effectiveAt", "_id");
    }

    /** The surveillance protocols awaiting a court's decision, the longest waiting first (ReadableOrders). */
    @Bean
    ReadModelIndex surveillanceProtocolsByCourt() {
        return ReadModelIndex.on(OrderDocument.class, "surveillanceCourt", "surveillance", "surveillanceSubmittedAt", "_id");
    }
}
