package ge.mimartva.victimstatus.order;

import ge.mimartva.platform.privacy.DataSubjectId;
import ge.mimartva.platform.privacy.PersonalData;
import ge.mimartva.victimstatus.api.AppealingParty;
import ge.mimartva.victimstatus.api.ProhibitedMatter;
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
     */
    @Revision("2")
    public record RestrainingOrderIssued(String orderId, String referralId, String issuingDistrict, String issuedBy,
                                         Instant issuedAt, @PersonalData String place,
                                         @PersonalData String circumstances, Party victim,
                                         @DataSubjectId String victimSubjectId, Party abuser,
                                         Set<ProhibitedMatter> matters, LocalDate validUntil,
                                         Set<String> investigatedArticles, boolean victimIsMinor,
                                         boolean minorsConcerned, boolean victimSigned,
                                         @PersonalData String victimNotSignedBecause, boolean abuserSigned,
                                         @PersonalData String abuserNotSignedBecause, String surveillanceConsent,
                                         Instant appealWindowEnds, Instant surveillanceApprovalDue) {
    }

    @Revision("1")
    public record AppealLodged(String orderId, String referralId, AppealingParty by, Instant lodgedAt) {
    }

    @Revision("1")
    public record AppealWindowClosed(String orderId, String referralId, Instant closedAt) {
    }

    @Revision("1")
    public record SurveillanceApproved(String orderId, String referralId, String court, Instant approvedAt) {
    }

    /** Surveillance ended: not approved by the court within 24 hours, or with the order. */
    @Revision("1")
    public record SurveillanceEnded(String orderId, String referralId, String reason, Instant endedAt) {
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
