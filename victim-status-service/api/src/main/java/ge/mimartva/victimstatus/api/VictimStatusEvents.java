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
        public static final int VERSION = 1;
    }

    /** N6: a court issued or extended a protective order (L 10, 12). */
    public record ProtectiveOrderIssuedV1(String orderId, String referralId, String municipality, String court,
                                          boolean extension, Instant issuedAt, LocalDate validUntil) {
        public static final String TYPE = "ProtectiveOrderIssued";
        public static final int VERSION = 1;
    }

    /** N5: an order expires soon. */
    public record OrderExpiringV1(String orderId, String referralId, String municipality, String orderKind,
                                  LocalDate expiresOn) {
        public static final String TYPE = "OrderExpiring";
        public static final int VERSION = 1;
    }

    /** N7: an order was violated (L 10(4)). */
    public record OrderViolatedV1(String orderId, String referralId, String municipality, Instant reportedAt) {
        public static final String TYPE = "OrderViolated";
        public static final int VERSION = 1;
    }

    /** N9: victim status GRANTED, REFUSED, REVOKED, EXPIRING (a warning before its end) or EXPIRED (L 16¹). */
    public record VictimStatusDecidedV1(String statusId, String referralId, String municipality, String outcome,
                                        String grantingBody, LocalDate validUntil, Instant decidedAt) {
        public static final String TYPE = "VictimStatusDecided";
        public static final int VERSION = 1;
    }

    /**
     * N10: a penitentiary institution reported a perpetrator's release, escape, short leave or leave to prepare for
     * release (L 17¹(3)); {@code municipality} is where the victim lives.
     */
    public record PerpetratorMovementNotifiedV1(String noticeId, String referralId, String municipality,
                                                String institution, String movement, Instant effectiveAt) {
        public static final String TYPE = "PerpetratorMovementNotified";
        public static final int VERSION = 1;
    }

    /** N11: criminal elements were found while handling an order (L 10(3⁹)). */
    public record CriminalElementsFoundV1(String orderId, String referralId, String municipality, Instant foundAt) {
        public static final String TYPE = "CriminalElementsFound";
        public static final int VERSION = 1;
    }

    /** A party appealed a restraining order within its 3-day window (L 10(3⁸)). */
    public record OrderAppealedV1(String orderId, String referralId, String by, Instant lodgedAt) {
        public static final String TYPE = "OrderAppealed";
        public static final int VERSION = 1;
    }

    /**
     * Electronic surveillance was imposed on the abuser, at the order's issue or later while it is in force
     * (L 10¹(3)): its protocol goes at once to the MIA district, the MIA's register and LEPL 112 (L 10¹(13)); the
     * issuing district delivers it to both parties and submits it to a court by {@code submissionDue} (24 hours,
     * L 10¹(4), (12)).
     */
    public record SurveillanceImposedV1(String orderId, String referralId, String municipality, String issuingDistrict,
                                        Instant imposedAt, Instant submissionDue) {
        public static final String TYPE = "SurveillanceImposed";
        public static final int VERSION = 1;
    }

    /**
     * The authorised body cancelled a restraining order (L 10¹(27)), or ended it on the parties' conciliation after a
     * study of the case (L 12(3)): {@code ground} is {@code DECISION} or {@code CONCILIATION}.
     */
    public record RestrainingOrderCancelledV1(String orderId, String referralId, String municipality, String ground,
                                              Instant cancelledAt) {
        public static final String TYPE = "RestrainingOrderCancelled";
        public static final int VERSION = 1;
    }

    /**
     * A request for an order or surveillance (L 11(1), 10¹(5)) reached {@code addressedTo} (a police district or a
     * court), which answers it: row N11Q.
     */
    public record OrderRequestedV1(String requestId, String referralId, String municipality, String measure,
                                   String requester, String addressedTo, Instant requestedAt) {
        public static final String TYPE = "OrderRequested";
        public static final int VERSION = 1;
    }

    /** The request was answered: {@code outcome} ISSUED or REFUSED; the social worker of the territory is told (N11A). */
    public record OrderRequestAnsweredV1(String requestId, String referralId, String municipality, String measure,
                                         String outcome, Instant answeredAt) {
        public static final String TYPE = "OrderRequestAnswered";
        public static final int VERSION = 1;
    }

    /** A shelter placement's term ran out without an extension or an end recorded (L 18(2)): row N18T. */
    public record ShelterTermEndedV1(String placementId, String referralId, String municipality, LocalDate until) {
        public static final String TYPE = "ShelterTermEnded";
        public static final int VERSION = 1;
    }

    /** A shelter placement ended; a victim whose safety is not secure is reported to the police (L 18(2)): row N18. */
    public record ShelterPlacementEndedV1(String placementId, String referralId, String municipality, LocalDate endedOn,
                                          boolean victimSafe) {
        public static final String TYPE = "ShelterPlacementEnded";
        public static final int VERSION = 1;
    }

    /** The court approved an order's electronic surveillance protocol (L 10¹(4)). */
    public record SurveillanceApprovedV1(String orderId, String referralId, Instant approvedAt) {
        public static final String TYPE = "SurveillanceApproved";
        public static final int VERSION = 1;
    }

    /**
     * Electronic surveillance ended (L 10¹(4), (27)): its protocol was not submitted to a court within 24 hours, the
     * court refused it, or the order ended, was cancelled, or a party died. LEPL 112 and the MIA district are told at
     * once. {@code municipality} (where the victim lives) was added later; it is absent from older events.
     */
    public record SurveillanceEndedV1(String orderId, String referralId, String reason, Instant endedAt,
                                      String municipality) {
        public static final String TYPE = "SurveillanceEnded";
        public static final int VERSION = 1;
    }

    public record OrderExpiredV1(String orderId, String referralId, LocalDate expiredOn) {
        public static final String TYPE = "OrderExpired";
        public static final int VERSION = 1;
    }

    /** A penitentiary notice gives the MIA district the task of re-assessing the risk to the victim (L 17¹(5)). */
    public record RiskReassessmentRequestedV1(String noticeId, String referralId, String policeDistrict) {
        public static final String TYPE = "RiskReassessmentRequested";
        public static final int VERSION = 1;
    }

    /**
     * A protective order ended: it expired, or the court ended it on the parties' conciliation after a study of the
     * case (L 12(3)); the MIA district is told (L 16(6)). {@code municipality} (where the victim lives) was added
     * later; it is absent from older events.
     */
    public record ProtectiveOrderEndedV1(String orderId, String referralId, String reason, LocalDate endedOn,
                                         String municipality) {
        public static final String TYPE = "ProtectiveOrderEnded";
        public static final int VERSION = 1;
    }

    /**
     * Somebody looked up whether a child is under protection and something was found: the unit that holds the child's
     * open case, else the agency unit of the place the order or status names ({@code caseOwner}), is told who asked
     * (body and role), never more. {@code referralId} is the open case's, else the lookup's own id.
     */
    public record ProtectionLookupPerformedV1(String lookupId, String referralId, String caseOwner, String lookupBody,
                                              String lookupRole, Instant at) {
        public static final String TYPE = "ProtectionLookupPerformed";
        public static final int VERSION = 1;
    }

    /** A user's protection lookups went beyond the daily quota ({@code lookupId}: the refused one): the auditors are told. */
    public record ProtectionLookupQuotaExceededV1(String lookupId, String lookupBody, String lookupRole, int lookupsToday,
                                                  Instant at) {
        public static final String TYPE = "ProtectionLookupQuotaExceeded";
        public static final int VERSION = 1;
    }

    /**
     * Someone read a record of this service (an order, a victim status, a protection record): who is in the message's
     * actor, why is a code. Published so that the chain of the referral it belongs to shows the read.
     */
    public record RecordReadV1(String record, String recordId, String purpose, Instant readAt) {
        public static final String TYPE = "RecordRead";
        public static final int VERSION = 1;
    }
}
