package ge.mimartva.victimstatus.order;

import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.pseudonym.SubjectPseudonyms;
import ge.mimartva.security.Actor;
import ge.mimartva.victimstatus.api.ProhibitedMatter;
import ge.mimartva.victimstatus.order.OrderCommands.ApproveSurveillance;
import ge.mimartva.victimstatus.order.OrderCommands.IssueRestrainingOrder;
import ge.mimartva.victimstatus.order.OrderCommands.LodgeAppeal;
import ge.mimartva.victimstatus.order.OrderCommands.RecordCriminalElements;
import ge.mimartva.victimstatus.order.OrderCommands.RecordViolation;
import ge.mimartva.victimstatus.order.OrderEvents.AppealLodged;
import ge.mimartva.victimstatus.order.OrderEvents.AppealWindowClosed;
import ge.mimartva.victimstatus.order.OrderEvents.CriminalElementsRecorded;
import ge.mimartva.victimstatus.order.OrderEvents.OrderExpired;
import ge.mimartva.victimstatus.order.OrderEvents.OrderExpiryApproaching;
import ge.mimartva.victimstatus.order.OrderEvents.OrderViolationRecorded;
import ge.mimartva.victimstatus.order.OrderEvents.RestrainingOrderIssued;
import ge.mimartva.victimstatus.order.OrderEvents.SurveillanceApproved;
import ge.mimartva.victimstatus.order.OrderEvents.SurveillanceEnded;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.spring.stereotype.Aggregate;
import static ge.mimartva.victimstatus.ProtectionRuleViolated.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;



/**
 * A restraining order issued by the police (L 10, 10¹): its contents, signatures, compulsory weapon restriction and
 * electronic surveillance rules are checked at issue; its clocks (the 3-day appeal window, the 24-hour court approval
 * of surveillance, the warning before expiry and the expiry itself) are deadlines stored in PostgreSQL.
 */
@Aggregate
public class RestrainingOrder {

    /** Who acts when an order's clock runs out: the platform itself. */
    static final Actor CLOCK = Actor.service("order-clock");

    @AggregateIdentifier
    private String orderId;
    private String referralId;
    private String municipality;
    private Instant appealWindowEnds;
    private boolean surveillanceActive;
    private boolean surveillanceApproved;
    private Instant surveillanceApprovalDue;
    private LocalDate validUntil;
    private boolean expired;

    protected RestrainingOrder() {
        // for Axon
    }

    @CommandHandler
    public RestrainingOrder(IssueRestrainingOrder c, DeadlineManager deadlines, OrderPolicy policy,
                            SubjectPseudonyms pseudonyms) {
        require(c.victim() != null && c.abuser() != null && present(c.victim().firstName())
                        && present(c.victim().lastName()) && present(c.abuser().firstName()) && present(c.abuser().lastName()),
                "A restraining order states the identity of the victim and of the abuser.");
        require(present(c.victim().municipality()), "A restraining order states where the victim lives.");
        require(c.matters() != null && !c.matters().isEmpty(), "A restraining order lists the acts it prohibits.");
        require(present(c.place()) && present(c.circumstances()) && c.issuedAt() != null,
                "A restraining order states the date, the place and the circumstances.");
        LocalDate issuedOn = GeorgianTime.dateOf(c.issuedAt());
        require(c.validUntil() != null && !c.validUntil().isBefore(issuedOn),
                "A restraining order is valid from its issue.");
        require(!c.validUntil().isAfter(issuedOn.plusMonths(1)), "A restraining order is valid for one month at most.");
        require(c.victimSigned() || present(c.victimNotSignedBecause()),
                "The victim signs the order, or the order records why the victim did not.");
        require(c.abuserSigned() || present(c.abuserNotSignedBecause()),
                "The abuser signs the order, or the order records why the abuser did not.");
        require(!WeaponRestriction.compulsory(c.investigatedArticles()) || c.matters().contains(ProhibitedMatter.WEAPONS_RESTRICTED),
                "The weapon restriction is compulsory when an investigation under the listed articles is initiated or pending.");
        boolean surveillance = c.matters().contains(ProhibitedMatter.ELECTRONIC_SURVEILLANCE);
        require(!surveillance || present(c.surveillanceConsent()),
                "Electronic surveillance needs the victim's consent, or for a minor the decision in the child's best interest.");
        Instant appealEnds = c.issuedAt().plus(policy.appealWindow());
        Instant approvalDue = surveillance ? c.issuedAt().plus(policy.surveillanceApproval()) : null;
        apply(new RestrainingOrderIssued(c.orderId(), c.referralId(), c.issuingDistrict(), c.issuedBy(), c.issuedAt(),
                c.place(), c.circumstances(), c.victim(), victimSubject(c, pseudonyms), c.abuser(),
                Set.copyOf(c.matters()), c.validUntil(),
                c.investigatedArticles() == null ? Set.of() : Set.copyOf(c.investigatedArticles()), c.victimIsMinor(),
                c.minorsConcerned(), c.victimSigned(), c.victimNotSignedBecause(), c.abuserSigned(),
                c.abuserNotSignedBecause(), c.surveillanceConsent(), appealEnds, approvalDue));
        AggregateScopeDescriptor scope = new AggregateScopeDescriptor(RestrainingOrder.class.getSimpleName(), c.orderId());
        deadlines.schedule(appealEnds, OrderClock.Kind.APPEAL_WINDOW.name(), new OrderClock(c.orderId(), OrderClock.Kind.APPEAL_WINDOW), scope);
        if (surveillance) {
            deadlines.schedule(approvalDue, OrderClock.Kind.SURVEILLANCE_APPROVAL.name(),
                    new OrderClock(c.orderId(), OrderClock.Kind.SURVEILLANCE_APPROVAL), scope);
        }
        Instant expiry = GeorgianTime.endOf(c.validUntil());
        Instant alert = expiry.minus(policy.expiryAlertLead());
        if (alert.isAfter(c.issuedAt())) {
            deadlines.schedule(alert, OrderClock.Kind.EXPIRY_ALERT.name(), new OrderClock(c.orderId(), OrderClock.Kind.EXPIRY_ALERT), scope);
        }
        deadlines.schedule(expiry, OrderClock.Kind.EXPIRY.name(), new OrderClock(c.orderId(), OrderClock.Kind.EXPIRY), scope);
    }

    @CommandHandler
    void handle(LodgeAppeal c) {
        require(c.by() != null && c.lodgedAt() != null, "An appeal names who lodged it and when.");
        require(!c.lodgedAt().isAfter(appealWindowEnds), "A restraining order is appealed within 3 days (L 10(3⁸)).");
        apply(new AppealLodged(orderId, referralId, c.by(), c.lodgedAt()));
    }

    @CommandHandler
    void handle(ApproveSurveillance c) {
        require(surveillanceActive, "There is no electronic surveillance awaiting the court's approval.");
        require(!surveillanceApproved, "The court approved this surveillance already.");
        require(!c.approvedAt().isAfter(surveillanceApprovalDue),
                "The court approves surveillance within 24 hours of the protocol, or it ends (L 10¹).");
        apply(new SurveillanceApproved(orderId, referralId, c.court(), c.approvedAt()));
    }

    @CommandHandler
    void handle(RecordViolation c) {
        require(!expired, "A violation is recorded against an order in force.");
        apply(new OrderViolationRecorded(orderId, referralId, municipality, c.reportedAt()));
    }

    @CommandHandler
    void handle(RecordCriminalElements c) {
        apply(new CriminalElementsRecorded(orderId, referralId, municipality, c.foundAt()));
    }

    @DeadlineHandler
    void on(OrderClock clock, DeadlineMessage<?> message) {
        MessageContext context = MessageContext.of(CLOCK, referralId != null ? referralId : orderId, message.getIdentifier());
        Instant now = message.getTimestamp();
        switch (clock.kind()) {
            case APPEAL_WINDOW -> apply(new AppealWindowClosed(orderId, referralId, appealWindowEnds), context.asMetaData());
            case SURVEILLANCE_APPROVAL -> {
                if (surveillanceActive && !surveillanceApproved) {
                    apply(new SurveillanceEnded(orderId, referralId, "NOT_APPROVED_BY_THE_COURT_WITHIN_24_HOURS", now),
                            context.asMetaData());
                }
            }
            case EXPIRY_ALERT -> apply(new OrderExpiryApproaching(orderId, referralId, municipality, validUntil), context.asMetaData());
            case EXPIRY -> {
                if (surveillanceActive) {
                    apply(new SurveillanceEnded(orderId, referralId, "THE_ORDER_ENDED", now), context.asMetaData());
                }
                apply(new OrderExpired(orderId, referralId, validUntil), context.asMetaData());
            }
        }
    }

    /**
     * Whose key seals the order's personal data: the victim's, by personal number (the same subject as the victim's
     * status and, for a child, the referral); without one, a subject of this order's own.
     */
    private static String victimSubject(IssueRestrainingOrder c, SubjectPseudonyms pseudonyms) {
        return present(c.victim().personalNumber()) ? pseudonyms.of(c.victim().personalNumber())
                : UUID.nameUUIDFromBytes(("victim on restraining order " + c.orderId()).getBytes(StandardCharsets.UTF_8))
                        .toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    @EventSourcingHandler
    void on(RestrainingOrderIssued e) {
        orderId = e.orderId();
        referralId = e.referralId();
        municipality = e.victim().municipality();
        appealWindowEnds = e.appealWindowEnds();
        surveillanceActive = e.matters().contains(ProhibitedMatter.ELECTRONIC_SURVEILLANCE);
        surveillanceApprovalDue = e.surveillanceApprovalDue();
        validUntil = e.validUntil();
    }

    @EventSourcingHandler
    void on(SurveillanceApproved e) {
        surveillanceApproved = true;
    }

    @EventSourcingHandler
    void on(SurveillanceEnded e) {
        surveillanceActive = false;
    }

    @EventSourcingHandler
    void on(OrderExpired e) {
        expired = true;
    }
}
