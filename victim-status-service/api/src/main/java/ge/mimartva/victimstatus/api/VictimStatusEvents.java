package ge.mimartva.victimstatus.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Integration events of victim status, protective measures and penitentiary notices, on the {@code mimartva.events}
 * exchange with routing key {@code victim-status.<TYPE>.v<VERSION>}. The contract is defined here so that
 * notification-service's matrix rows N3–N7 and N9–N11 are wired and tested against it; victim-status-service
 * publishes them as those capabilities land. Like every integration event they carry no name or personal number:
 * {@code municipality} is where the victim lives (it routes the territorial recipients); {@code referralId} links to
 * the child's referral when there is one.
 */
public final class VictimStatusEvents {

    public static final int VERSION = 1;

    private VictimStatusEvents() {
    }

    /**
     * N3, N4: the police issued a restraining order (L 10). {@code issuingDistrict} serves it on the parties;
     * the flags decide which further bodies receive copies (L 10(3⁷)).
     */
    public record RestrainingOrderIssuedV1(String orderId, String referralId, String municipality,
                                           String issuingDistrict, boolean weaponsRestricted,
                                           boolean electronicSurveillance, boolean minorsConcerned,
                                           Instant issuedAt, LocalDate validUntil) {
        public static final String TYPE = "RestrainingOrderIssued";
    }

    /** N6: a court issued or extended a protective order (L 10, 12). */
    public record ProtectiveOrderIssuedV1(String orderId, String referralId, String municipality, String court,
                                          boolean extension, Instant issuedAt, LocalDate validUntil) {
        public static final String TYPE = "ProtectiveOrderIssued";
    }

    /** N5: an order expires soon. */
    public record OrderExpiringV1(String orderId, String referralId, String municipality, String orderKind,
                                  LocalDate expiresOn) {
        public static final String TYPE = "OrderExpiring";
    }

    /** N7: an order was violated (L 10(4)). */
    public record OrderViolatedV1(String orderId, String referralId, String municipality, Instant reportedAt) {
        public static final String TYPE = "OrderViolated";
    }

    /** N9: victim status GRANTED, REFUSED, REVOKED, EXPIRING (a warning before its end) or EXPIRED (L 16¹). */
    public record VictimStatusDecidedV1(String statusId, String referralId, String municipality, String outcome,
                                        String grantingBody, LocalDate validUntil, Instant decidedAt) {
        public static final String TYPE = "VictimStatusDecided";
    }

    /**
     * N10: a penitentiary institution reported a perpetrator's release, escape, short leave or leave to prepare for
     * release (L 17¹(3)); {@code municipality} is where the victim lives.
     */
    public record PerpetratorMovementNotifiedV1(String noticeId, String referralId, String municipality,
                                                String institution, String movement, Instant effectiveAt) {
        public static final String TYPE = "PerpetratorMovementNotified";
    }

    /** N11: criminal elements were found while handling an order (L 10(3⁹)). */
    public record CriminalElementsFoundV1(String orderId, String referralId, String municipality, Instant foundAt) {
        public static final String TYPE = "CriminalElementsFound";
    }

    /** A party appealed a restraining order within its 3-day window (L 10(3⁸)). */
    public record OrderAppealedV1(String orderId, String referralId, String by, Instant lodgedAt) {
        public static final String TYPE = "OrderAppealed";
    }

    /** The court approved an order's electronic surveillance within 24 hours (L 10¹). */
    public record SurveillanceApprovedV1(String orderId, String referralId, Instant approvedAt) {
        public static final String TYPE = "SurveillanceApproved";
    }

    /** Electronic surveillance ended: not approved in time, or with its order. */
    public record SurveillanceEndedV1(String orderId, String referralId, String reason, Instant endedAt) {
        public static final String TYPE = "SurveillanceEnded";
    }

    public record OrderExpiredV1(String orderId, String referralId, LocalDate expiredOn) {
        public static final String TYPE = "OrderExpired";
    }

    /** A penitentiary notice gives the MIA district the task of re-assessing the risk to the victim (L 17¹(5)). */
    public record RiskReassessmentRequestedV1(String noticeId, String referralId, String policeDistrict) {
        public static final String TYPE = "RiskReassessmentRequested";
    }

    /** A protective order ended: expired, or ended by a conciliation where no minor is concerned (L 13). */
    public record ProtectiveOrderEndedV1(String orderId, String referralId, String reason, LocalDate endedOn) {
        public static final String TYPE = "ProtectiveOrderEnded";
    }

    /**
     * Somebody looked up whether a child is under protection and the child has an open case: its owner
     * ({@code caseOwner}) is told who asked (body and role), never more.
     */
    public record ProtectionLookupPerformedV1(String lookupId, String referralId, String caseOwner, String lookupBody,
                                              String lookupRole, Instant at) {
        public static final String TYPE = "ProtectionLookupPerformed";
    }

    /**
     * Someone read a record of this service (an order, a victim status, a protection record): who is in the message's
     * actor, why is a code. Published so that the chain of the referral it belongs to shows the read.
     */
    public record RecordReadV1(String record, String recordId, String purpose, Instant readAt) {
        public static final String TYPE = "RecordRead";
    }
}
