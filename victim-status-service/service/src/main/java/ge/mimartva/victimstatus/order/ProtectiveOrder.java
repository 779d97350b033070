package ge.mimartva.victimstatus.order;

import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;

import static ge.mimartva.victimstatus.ProtectionRuleViolated.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A protective order of a court (L 10, 12): nine months at most, extended once by at most three months while the
 * risk remains, always with the abuser's behaviour-correction course (L 10(7)). A conciliation of the parties ends it,
 * except where a minor's interests are concerned (L 13). Violations are recorded (N7); the warning before expiry
 * (N5) and the expiry are deadlines.
 */
@Aggregate
public class ProtectiveOrder {

    public record IssueProtectiveOrder(@TargetAggregateIdentifier String orderId, String referralId, String court,
                                       Instant issuedAt, Party victim, Party abuser, LocalDate validUntil,
                                       boolean behaviourCorrectionCourse, boolean minorsConcerned) {
    }

    public record ExtendProtectiveOrder(@TargetAggregateIdentifier String orderId, LocalDate extendedUntil,
                                        boolean riskRemains, Instant at) {
    }

    public record RecordProtectiveOrderViolation(@TargetAggregateIdentifier String orderId, Instant reportedAt) {
    }

    public record RecordConciliation(@TargetAggregateIdentifier String orderId, Instant at) {
    }

    @Revision("1")
    public record ProtectiveOrderIssued(String orderId, String referralId, String court, Instant issuedAt, Party victim,
                                        Party abuser, LocalDate validUntil, boolean minorsConcerned) {
    }

    @Revision("1")
    public record ProtectiveOrderExtended(String orderId, String referralId, String court, String municipality,
                                          LocalDate extendedUntil, Instant at) {
    }

    @Revision("1")
    public record ProtectiveOrderViolationRecorded(String orderId, String referralId, String municipality,
                                                   Instant reportedAt) {
    }

    /** A conciliation of the parties; {@code endsOrder} false where a minor's interests are concerned (L 13). */
    @Revision("1")
    public record ConciliationRecorded(String orderId, String referralId, boolean endsOrder, Instant at) {
    }

    @Revision("1")
    public record ProtectiveOrderExpiryApproaching(String orderId, String referralId, String municipality,
                                                   LocalDate expiresOn) {
    }

    @Revision("1")
    public record ProtectiveOrderEnded(String orderId, String referralId, String reason, LocalDate endedOn) {
    }

    /** Payload of the order's deadlines; {@code until} tells a deadline of the current validity from an outdated one. */
    public record ProtectiveOrderClock(String orderId, boolean warning, LocalDate until) {
    }

    static final Actor CLOCK = Actor.service("order-clock");

    @AggregateIdentifier
    private String orderId;
    private String referralId;
    private String court;
    private String municipality;
    private LocalDate validUntil;
    private boolean extended;
    private boolean minorsConcerned;
    private boolean ended;

    protected ProtectiveOrder() {
        // for Axon
    }

    @CommandHandler
    public ProtectiveOrder(IssueProtectiveOrder c, DeadlineManager deadlines, OrderPolicy policy) {
        require(c.victim() != null && c.abuser() != null && c.victim().municipality() != null,
                "A protective order names the victim (and where the victim lives) and the abuser.");
        LocalDate issuedOn = GeorgianTime.dateOf(c.issuedAt());
        require(c.validUntil() != null && !c.validUntil().isBefore(issuedOn), "A protective order is valid from its issue.");
        require(!c.validUntil().isAfter(issuedOn.plusMonths(9)), "A protective order is valid for nine months at most.");
        require(c.behaviourCorrectionCourse(),
                "A protective order obliges the abuser to a behaviour-correction course (L 10(7)).");
        apply(new ProtectiveOrderIssued(c.orderId(), c.referralId(), c.court(), c.issuedAt(), c.victim(), c.abuser(),
                c.validUntil(), c.minorsConcerned()));
        schedule(c.orderId(), c.validUntil(), c.issuedAt(), deadlines, policy);
    }

    @CommandHandler
    void handle(ExtendProtectiveOrder c, DeadlineManager deadlines, OrderPolicy policy) {
        require(!ended, "An ended order is not extended.");
        require(!extended, "A protective order is extended once.");
        require(c.riskRemains(), "A protective order is extended only while the risk remains.");
        require(c.extendedUntil() != null && c.extendedUntil().isAfter(validUntil)
                && !c.extendedUntil().isAfter(validUntil.plusMonths(3)), "An extension adds three months at most.");
        apply(new ProtectiveOrderExtended(orderId, referralId, court, municipality, c.extendedUntil(), c.at()));
        schedule(orderId, c.extendedUntil(), c.at(), deadlines, policy);
    }

    @CommandHandler
    void handle(RecordProtectiveOrderViolation c) {
        require(!ended, "A violation is recorded against an order in force.");
        apply(new ProtectiveOrderViolationRecorded(orderId, referralId, municipality, c.reportedAt()));
    }

    @CommandHandler
    void handle(RecordConciliation c) {
        require(!ended, "The order has ended.");
        apply(new ConciliationRecorded(orderId, referralId, !minorsConcerned, c.at()));
        if (!minorsConcerned) {
            apply(new ProtectiveOrderEnded(orderId, referralId, "CONCILIATION", GeorgianTime.dateOf(c.at())));
        }
    }

    @DeadlineHandler
    void on(ProtectiveOrderClock clock, DeadlineMessage<?> message) {
        if (ended || !clock.until().equals(validUntil)) {
            return; // ended, or an extension replaced this deadline
        }
        MessageContext context = MessageContext.of(CLOCK, referralId != null ? referralId : orderId, message.getIdentifier());
        if (clock.warning()) {
            apply(new ProtectiveOrderExpiryApproaching(orderId, referralId, municipality, validUntil), context.asMetaData());
        } else {
            apply(new ProtectiveOrderEnded(orderId, referralId, "EXPIRED", validUntil), context.asMetaData());
        }
    }

    private static void schedule(String orderId, LocalDate until, Instant now, DeadlineManager deadlines, OrderPolicy policy) {
        AggregateScopeDescriptor scope = new AggregateScopeDescriptor(ProtectiveOrder.class.getSimpleName(), orderId);
        Instant end = GeorgianTime.endOf(until);
        Instant warning = end.minus(policy.expiryAlertLead());
        if (warning.isAfter(now)) {
            deadlines.schedule(warning, "protective-order-warning", new ProtectiveOrderClock(orderId, true, until), scope);
        }
        deadlines.schedule(end, "protective-order-end", new ProtectiveOrderClock(orderId, false, until), scope);
    }

    @EventSourcingHandler
    void on(ProtectiveOrderIssued e) {
        orderId = e.orderId();
        referralId = e.referralId();
        court = e.court();
        municipality = e.victim().municipality();
        validUntil = e.validUntil();
        minorsConcerned = e.minorsConcerned();
    }

    @EventSourcingHandler
    void on(ProtectiveOrderExtended e) {
        validUntil = e.extendedUntil();
        extended = true;
    }

    @EventSourcingHandler
    void on(ProtectiveOrderEnded e) {
        ended = true;
    }
}
