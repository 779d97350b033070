package ge.mimartva.victimstatus.order;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

import static ge.mimartva.victimstatus.ProtectionRuleViolation.require;

/**
 * Ending an order on the parties' conciliation (L 12(3), 13), the same for restraining and protective orders.
 * Conciliation never ends an order by itself: the parties' joint request is recorded, and the judge (or the police
 * officer, for a restraining order) decides after a comprehensive study of the case. The order may not be ended where
 * the study found a threat of violence against the victim or a family member, nor where a minor's interests are
 * concerned (L 13): a request about such an order is refused at once.
 */
public final class Conciliation {

    /** Why a request about an order concerning a minor is refused without a study. */
    public static final String MINORS_INTERESTS = "L 13: conciliation does not end an order where a minor's interests are concerned";

    private Conciliation() {
    }

    /** The parties' joint request to end the order on their conciliation. */
    public interface Request {
        String orderId();

        Instant requestedAt();
    }

    /** The decision on the request, after a comprehensive study of the case (L 12(3)). */
    public interface Decision {
        boolean terminate();

        boolean threatOfViolence();

        String reasons();

        Instant decidedAt();
    }

    // Each kind of order has commands of its own: Axon routes a command to one aggregate by its type.

    public record RequestRestrainingOrderEnd(@TargetAggregateIdentifier String orderId, Instant requestedAt,
                                             String actor) implements Request {
    }

    public record DecideRestrainingOrderEnd(@TargetAggregateIdentifier String orderId, boolean terminate,
                                            boolean threatOfViolence, String reasons, Instant decidedAt,
                                            String actor) implements Decision {
    }

    public record RequestProtectiveOrderEnd(@TargetAggregateIdentifier String orderId, Instant requestedAt,
                                            String actor) implements Request {
    }

    public record DecideProtectiveOrderEnd(@TargetAggregateIdentifier String orderId, boolean terminate,
                                           boolean threatOfViolence, String reasons, Instant decidedAt,
                                           String actor) implements Decision {
    }

    @Revision("1")
    public record TerminationOnConciliationRequested(String orderId, String referralId, Instant requestedAt) {
    }

    /** The request was refused: by the deciding body with its reasons, or at once where a minor is concerned. */
    @Revision("1")
    public record TerminationOnConciliationRefused(String orderId, String referralId, String reasons, Instant decidedAt) {
    }

    /** Checks a request against the order's state; answers whether it must be refused at once (a minor concerned). */
    static boolean refusedAtOnce(Request c, boolean inForce, boolean requestPending,
                                 boolean minorsConcerned) {
        require(inForce, "Only an order in force is ended on conciliation.");
        require(!requestPending, "A request to end this order on conciliation awaits its decision.");
        require(c.requestedAt() != null, "A request states when the parties made it.");
        return minorsConcerned;
    }

    /** Checks a decision against the law; answers whether the order ends. */
    static boolean ends(Decision c, boolean requestPending, boolean minorsConcerned) {
        require(requestPending, "There is no request to end this order on conciliation.");
        require(c.reasons() != null && !c.reasons().isBlank() && c.decidedAt() != null,
                "The decision on a conciliation states its reasons, after a study of the case (L 12(3)).");
        require(!c.terminate() || !c.threatOfViolence(),
                "An order is not ended on conciliation where there is a threat of violence against the victim or a family member (L 12(3), 13).");
        require(!c.terminate() || !minorsConcerned, MINORS_INTERESTS + ".");
        return c.terminate();
    }
}
