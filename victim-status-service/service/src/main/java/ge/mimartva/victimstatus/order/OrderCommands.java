package ge.mimartva.victimstatus.order;

import ge.mimartva.victimstatus.api.AppealingParty;
import ge.mimartva.victimstatus.api.ProhibitedMatter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;


/** Commands on a restraining order (L 10, 10¹). {@code actor} is the acting person's id. */
public final class OrderCommands {

    private OrderCommands() {
    }

    /**
     * @param victimSigned    the victim signed; otherwise {@code victimNotSignedBecause} records why (L 10(3³))
     * @param abuserSigned    likewise for the abuser
     * @param surveillanceConsent for electronic surveillance: the victim consented, or, for a minor, the decision taken
     *                        in the child's best interest (L 10¹)
     */
    public record IssueRestrainingOrder(@TargetAggregateIdentifier String orderId, String referralId,
                                        String issuingDistrict, String issuedBy, Instant issuedAt, String place,
                                        String circumstances, Party victim, Party abuser, Set<ProhibitedMatter> matters,
                                        LocalDate validUntil, Set<String> investigatedArticles, boolean victimIsMinor,
                                        boolean minorsConcerned, boolean victimSigned, String victimNotSignedBecause,
                                        boolean abuserSigned, String abuserNotSignedBecause, String surveillanceConsent) {
    }

    public record LodgeAppeal(@TargetAggregateIdentifier String orderId, AppealingParty by, Instant lodgedAt,
                              String actor) {
    }

    public record ApproveSurveillance(@TargetAggregateIdentifier String orderId, String court, Instant approvedAt,
                                      String actor) {
    }

    public record RecordViolation(@TargetAggregateIdentifier String orderId, Instant reportedAt, String actor) {
    }

    public record RecordCriminalElements(@TargetAggregateIdentifier String orderId, Instant foundAt, String actor) {
    }
}
