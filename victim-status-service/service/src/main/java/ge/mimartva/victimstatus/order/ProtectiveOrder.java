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

import static ge.mimartva.victimstatus.ProtectionRuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A protective order of a court (L 10, 12): nine months at most; extended while its victim or their family is at
 * risk, once or more, as long as the extensions together add at most three months (L 12(2)); always with the abuser's
 * behaviour-correction course (L 10(7)). The parties' conciliation ends it only by the court's decision after a study
 * of the case, never where a minor is concerned ({@link Conciliation}, L 12(3), 13). Violations are recorded (N7); the
 * warning before expiry (N5) and the expiry are deadlines.
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

    /**
     * A conciliation recorded under the old rule, which let it end the order by itself. No longer applied (the joint
     * request and the court's decision replace it: {@link Conciliation}); kept so that orders recorded before still
     * read.
     */
    @Revision("1")
    public record ConciliationRecorded(String orderId, String referralId, boolean endsOrder, Instant at) {
    }

    @Revision("1")
    public record ProtectiveOrderExpiryApproaching(String orderId, String referralId, String municipality,
                                                   LocalDate expiresOn) {
    }

    /** {@code municipality} (where the victim lives) was added in revision 2: the MIA district is told (L 16(6)). */
    @Revision("2")
    public record ProtectiveOrderEnded(String orderId, String referralId, String reason, LocalDate endedOn,
                                       String municipality) {
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
    private LocalDate firstValidUntil;
    private boolean minorsConcerned;
    private boolean ended;
    private boolean conciliationRequestPending;

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
        require(c.riskRemains(), "A protective order is extended only while the victim or their family is at risk (L 12(2)).");
        require(c.extendedUntil() != null && c.extendedUntil().isAfter(validUntil),
                "An extension ends after the order's current validity.");
        require(!c.extendedUntil().isAfter(firstValidUntil.plusMonths(3)),
                "Extensions together add three months at most to the validity the court first set (L 12(2)).");
        apply(new ProtectiveOrderExtended(orderId, referralId, court, municipality, c.extendedUntil(), c.at()));
        schedule(orderId, c.extendedUntil(), c.at(), deadlines, policy);
    }

    @CommandHandler
    void handle(RecordProtectiveOrderViolation c) {
        require(!ended, "A violation is recorded against an order in force.");
        apply(new ProtectiveOrderViolationRecorded(orderId, referralId, municipality, c.reportedAt()));
    }

    /** L 12(3), 13: the parties' joint request; refused at once where a minor's interests are concerned. */
    @CommandHandler
    void handle(Conciliation.RequestProtectiveOrderEnd c) {
        boolean refuse = Conciliation.refusedAtOnce(c, !ended, conciliationRequestPending, minorsConcerned);
        apply(new Conciliation.TerminationOnConciliationRequested(orderId, referralId, c.requestedAt()));
        if (refuse) {
            apply(new Conciliation.TerminationOnConciliationRefused(orderId, referralId, Conciliation.MINORS_INTERESTS,
                    c.requestedAt()));
        }
    }

    /** L 12(3): the judge decides after a comprehensive study of the case. */
    @CommandHandler
    void handle(Conciliation.DecideProtectiveOrderEnd c) {
        if (Conciliation.ends(c, conciliationRequestPending && !ended, minorsConcerned)) {
            apply(new ProtectiveOrderEnded(orderId, referralId, "CONCILIATION", GeorgianTime.dateOf(c.decidedAt()), municipality));
        } else {
            apply(new Conciliation.TerminationOnConciliationRefused(orderId, referralId, c.reasons(), c.decidedAt()));
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
            apply(new ProtectiveOrderEnded(orderId, referralId, "EXPIRED", validUntil, municipality), context.asMetaData());
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
        firstValidUntil = e.validUntil();
        minorsConcerned = e.minorsConcerned();
    }

    @EventSourcingHandler
    void on(ProtectiveOrderExtended e) {
        validUntil = e.extendedUntil();
    }

    @EventSourcingHandler
    void on(Conciliation.TerminationOnConciliationRequested e) {
        conciliationRequestPending = true;
    }

    @EventSourcingHandler
    void on(Conciliation.TerminationOnConciliationRefused e) {
        conciliationRequestPending = false;
    }

    @EventSourcingHandler
    void on(ProtectiveOrderEnded e) {
        ended = true;
        conciliationRequestPending = false;
    }
}
