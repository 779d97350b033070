package ge.mimartva.victimstatus.order;

import ge.mimartva.victimstatus.api.AppealingParty;
import ge.mimartva.victimstatus.api.ProhibitedMatter;
import ge.mimartva.victimstatus.api.ServiceMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;


/** Commands on a restraining order (L 10, 10¹, 12(3)). {@code actor} is the acting person's id. */
public final class OrderCommands {

    private OrderCommands() {
    }

    /**
     * @param victimSigned    the victim signed; otherwise {@code victimNotSignedBecause} records why (L 10(3³))
     * @param abuserSigned    likewise for the abuser
     * @param surveillanceConsent for electronic surveillance: the victim consented, or, for a minor, the decision taken
     *                        in the child's best interest (L 10¹(6))
     */
    public record IssueRestrainingOrder(@TargetAggregateIdentifier String orderId, String referralId,
                                        String issuingDistrict, String issuedBy, Instant issuedAt, String place,
                                        String circumstances, Party victim, Party abuser, Set<ProhibitedMatter> matters,
                                        LocalDate validUntil, Set<String> investigatedArticles, boolean victimIsMinor,
                                        boolean minorsConcerned, boolean victimSigned, String victimNotSignedBecause,
                                        boolean abuserSigned, String abuserNotSignedBecause, String surveillanceConsent) {
    }

    /** The order was served on (sent or handed to) a party: that party's 3-day appeal window starts (L 10(3⁸)). */
    public record RecordService(@TargetAggregateIdentifier String orderId, AppealingParty party, Instant servedAt,
                                ServiceMethod method, String actor) {
    }

    public record LodgeAppeal(@TargetAggregateIdentifier String orderId, AppealingParty by, Instant lodgedAt,
                              String actor) {
    }

    /** The court's decision on an appeal: upheld (the order is cancelled) or dismissed (L 10(3⁸)). */
    public record DecideAppeal(@TargetAggregateIdentifier String orderId, boolean upheld, Instant decidedAt,
                               String actor) {
    }

    /** The victim was told of their rights and of the protection available (L 16(3)(c), 17¹(1)). */
    public record RecordVictimInformed(@TargetAggregateIdentifier String orderId, Instant informedAt, String actor) {
    }

    /** Surveillance imposed while the order is in force (L 10¹(3)), with the victim's consent (L 10¹(6)). */
    public record ImposeSurveillance(@TargetAggregateIdentifier String orderId, Instant imposedAt, String consent,
                                     String actor) {
    }

    /** The surveillance protocol submitted to a court for approval (L 10¹(4)). */
    public record SubmitSurveillanceProtocol(@TargetAggregateIdentifier String orderId, String court,
                                             Instant submittedAt, String actor) {
    }

    public record ApproveSurveillance(@TargetAggregateIdentifier String orderId, String court, Instant approvedAt,
                                      String actor) {
    }

    /** The court refused the protocol: surveillance ends at once (L 10¹(4)). */
    public record RefuseSurveillance(@TargetAggregateIdentifier String orderId, String court, Instant refusedAt,
                                     String actor) {
    }

    /** The authorised body cancelled the order (L 10¹(27)). */
    public record CancelRestrainingOrder(@TargetAggregateIdentifier String orderId, Instant cancelledAt,
                                         String grounds, String actor) {
    }

    /** A party died: surveillance ends (L 10¹(27)). */
    public record RecordPartyDeath(@TargetAggregateIdentifier String orderId, AppealingParty party, Instant diedAt,
                                   String actor) {
    }

    public record RecordViolation(@TargetAggregateIdentifier String orderId, Instant reportedAt, String actor) {
    }

    public record RecordCriminalElements(@TargetAggregateIdentifier String orderId, Instant foundAt, String actor) {
    }
}
