package ge.mimartva.victimstatus.order;

import ge.mimartva.platform.privacy.DataSubjectId;
import ge.mimartva.platform.privacy.PersonalData;
import ge.mimartva.victimstatus.api.AppealingParty;
import ge.mimartva.victimstatus.api.ProhibitedMatter;
import ge.mimartva.victimstatus.api.ServiceMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;


/** Domain events of restraining orders, internal to victim-status-service. */
public final class OrderEvents {

    private OrderEvents() {
    }

    /**
     * Issued and in force at once (L 10(3⁶)); the parties' identities stay in this service. The parties, the place,
     * the circumstances and why a party did not sign are personal data, sealed with the victim's key
     * ({@code victimSubjectId}); the abuser's identity with the abuser's own when their personal number is known.
     * Revision 2 added {@code victimSubjectId}; revision 1 orders read with it absent (their fields were not sealed).
     * Revision 3 dropped {@code appealWindowEnds} (the window runs from service on each party, not from issue:
     * {@link RestrainingOrderServed}) and {@code surveillanceApprovalDue} (surveillance imposed at issue is its own
     * event, {@link SurveillanceImposed}); see {@code RestrainingOrderIssuedUpcaster}.
     */
    @Revision("3")
    public record RestrainingOrderIssued(String orderId, String referralId, String issuingDistrict, String issuedBy,
                                         Instant issuedAt, @PersonalData String place,
                                         @PersonalData String circumstances, Party victim,
                                         @DataSubjectId String victimSubjectId, Party abuser,
                                         Set<ProhibitedMatter> matters, LocalDate validUntil,
                                         Set<String> investigatedArticles, boolean victimIsMinor,
                                         boolean minorsConcerned, boolean victimSigned,
                                         @PersonalData String victimNotSignedBecause, boolean abuserSigned,
                                         @PersonalData String abuserNotSignedBecause, String surveillanceConsent) {
    }

    /** The order was served on a party, who may appeal until {@code appealWindowEnds} (L 10(3⁶), (3⁸)). */
    @Revision("1")
    public record RestrainingOrderServed(String orderId, String referralId, AppealingParty party, Instant servedAt,
                                         ServiceMethod method, String servedBy, Instant appealWindowEnds) {
    }

    @Revision("1")
    public record AppealLodged(String orderId, String referralId, AppealingParty by, Instant lodgedAt) {
    }

    /** The court decided an appeal; an upheld appeal cancels the order (RestrainingOrderCancelled follows). */
    @Revision("1")
    public record AppealDecided(String orderId, String referralId, boolean upheld, Instant decidedAt) {
    }

    /** The victim was told of their rights and of the protection available, by whom and when (L 16(3)(c), 17¹(1)). */
    @Revision("1")
    public record VictimInformedOfRights(String orderId, String referralId, String informedBy, Instant informedAt) {
    }

    /** A party's appeal window closed; {@code party} was added in revision 2 (absent: the window ran from issue). */
    @Revision("2")
    public record AppealWindowClosed(String orderId, String referralId, Instant closedAt, AppealingParty party) {
    }

    /**
     * Surveillance imposed: at the order's issue or later while it is in force (L 10¹(3)). Its protocol takes effect
     * at once and is submitted to a court by {@code submissionDue} (L 10¹(4), (12)).
     */
    @Revision("1")
    public record SurveillanceImposed(String orderId, String referralId, String municipality, String issuingDistrict,
                                      Instant imposedAt, @PersonalData String consent,
                                      @DataSubjectId String victimSubjectId, Instant submissionDue) {
    }

    @Revision("1")
    public record SurveillanceProtocolSubmitted(String orderId, String referralId, String court, Instant submittedAt) {
    }

    @Revision("1")
    public record SurveillanceApproved(String orderId, String referralId, String court, Instant approvedAt) {
    }

    @Revision("1")
    public record SurveillanceRefused(String orderId, String referralId, String court, Instant refusedAt) {
    }

    /**
     * Surveillance ended (L 10¹(4), (27)): see {@link SurveillanceEndReason}. {@code municipality} was added in
     * revision 2 (absent from older events).
     */
    @Revision("2")
    public record SurveillanceEnded(String orderId, String referralId, String reason, Instant endedAt,
                                    String municipality) {
    }

    /** Why surveillance ended. {@code NOT_APPROVED_BY_THE_COURT_WITHIN_24_HOURS} is the reason of the old rule. */
    public enum SurveillanceEndReason {
        PROTOCOL_NOT_SUBMITTED_WITHIN_24_HOURS, REFUSED_BY_THE_COURT, THE_ORDER_ENDED, THE_ORDER_WAS_CANCELLED,
        A_PARTY_DIED, NOT_APPROVED_BY_THE_COURT_WITHIN_24_HOURS
    }

    /**
     * The order no longer binds: cancelled by the authorised body (L 10¹(27)) or ended on the parties' conciliation
     * after a study of the case (L 12(3)).
     */
    @Revision("1")
    public record RestrainingOrderCancelled(String orderId, String referralId, String municipality,
                                            CancellationGround ground, @PersonalData String grounds,
                                            @DataSubjectId String victimSubjectId, Instant cancelledAt) {
    }

    public enum CancellationGround { DECISION, CONCILIATION }

    @Revision("1")
    public record PartyDeathRecorded(String orderId, String referralId, AppealingParty party, Instant diedAt) {
    }

    @Revision("1")
    public record OrderViolationRecorded(String orderId, String referralId, String municipality, Instant reportedAt) {
    }

    @Revision("1")
    public record CriminalElementsRecorded(String orderId, String referralId, String municipality, Instant foundAt) {
    }

    @Revision("1")
    public record OrderExpiryApproaching(String orderId, String referralId, String municipality, LocalDate expiresOn) {
    }

    @Revision("1")
    public record OrderExpired(String orderId, String referralId, LocalDate expiredOn) {
    }
}
