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
import ge.mimartva.victimstatus.api.AppealingParty;
import ge.mimartva.victimstatus.order.Conciliation.TerminationOnConciliationRefused;
import ge.mimartva.victimstatus.order.Conciliation.TerminationOnConciliationRequested;
import ge.mimartva.victimstatus.order.OrderCommands.CancelRestrainingOrder;
import ge.mimartva.victimstatus.order.OrderCommands.ImposeSurveillance;
import ge.mimartva.victimstatus.order.OrderCommands.RecordPartyDeath;
import ge.mimartva.victimstatus.order.OrderCommands.RecordService;
import ge.mimartva.victimstatus.order.OrderCommands.RefuseSurveillance;
import ge.mimartva.victimstatus.order.OrderCommands.SubmitSurveillanceProtocol;
import ge.mimartva.victimstatus.order.OrderEvents.CancellationGround;
import ge.mimartva.victimstatus.order.OrderEvents.PartyDeathRecorded;
import ge.mimartva.victimstatus.order.OrderEvents.RestrainingOrderCancelled;
import ge.mimartva.victimstatus.order.OrderEvents.RestrainingOrderServed;
import ge.mimartva.victimstatus.order.OrderEvents.SurveillanceEndReason;
import ge.mimartva.victimstatus.order.OrderEvents.SurveillanceImposed;
import ge.mimartva.victimstatus.order.OrderEvents.SurveillanceProtocolSubmitted;
import ge.mimartva.victimstatus.order.OrderEvents.SurveillanceRefused;
import java.util.EnumMap;
import java.util.Map;
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
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.spring.stereotype.Aggregate;
import static ge.mimartva.victimstatus.ProtectionRuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;



/**
 * A restraining order issued by the police (L 10, 10¹, 12): its contents, signatures, compulsory weapon restriction
 * and electronic surveillance rules are checked at issue. Its clocks are deadlines stored in PostgreSQL, each counted
 * from the moment the law names: a party's 3-day appeal window from service on that party (L 10(3⁸)), the 24 hours
 * to submit a surveillance protocol to a court from the protocol's issue (L 10¹(4)), the warning before expiry and
 * the expiry itself. Surveillance ends when its protocol is not submitted in time or the court refuses it, and with
 * the order: at its end, on its cancellation, on a party's death (L 10¹(4), (27)). Conciliation ends the order only
 * by a decision after a study of the case, never where a minor is concerned ({@link Conciliation}).
 */
@Aggregate
public class RestrainingOrder {

    /** Who acts when an order's clock runs out: the platform itself. */
    static final Actor CLOCK = Actor.service("order-clock");

    /** Where an order's electronic surveillance stands. */
    enum Surveillance { NONE, AWAITING_SUBMISSION, AWAITING_COURT, APPROVED }

    @AggregateIdentifier
    private String orderId;
    private String referralId;
    private String issuingDistrict;
    private String municipality;
    private String victimSubjectId;
    private Instant issuedAt;
    private boolean minorsConcerned;
    private final Map<AppealingParty, Instant> appealWindowEnds = new EnumMap<>(AppealingParty.class);
    private Surveillance surveillance = Surveillance.NONE;
    private Instant protocolIssuedAt;
    private LocalDate validUntil;
    private boolean ended;
    private boolean conciliationRequestPending;
    private int appealsLodged;
    private int appealsDecided;

    protected RestrainingOrder() {
        // for Axon
    }

    @CommandHandler
    public RestrainingOrder(IssueRestrainingOrder c, DeadlineManager deadlines, OrderPolicy policy,
                            SubjectPseudonyms pseudonyms) {
        require(c.victim() != null && c.abuser() != null && c.victim().statesTheVictimsDetails(),
                "A restraining order states the victim's name, surname, date of birth and personal number, or why some are unknown (L 10(3¹)(c¹)).");
        require(c.abuser().statesTheAbusersDetails(),
                "A restraining order states the abuser's name, surname, date and place of birth, personal number, profession and residence, or why some are unknown (L 10(3¹)(c)).");
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
        boolean surveillanceImposed = c.matters().contains(ProhibitedMatter.ELECTRONIC_SURVEILLANCE);
        require(!surveillanceImposed || present(c.surveillanceConsent()),
                "Electronic surveillance needs the victim's consent, or for a minor the decision in the child's best interest.");
        String subject = victimSubject(c, pseudonyms);
        apply(new RestrainingOrderIssued(c.orderId(), c.referralId(), c.issuingDistrict(), c.issuedBy(), c.issuedAt(),
                c.place(), c.circumstances(), c.victim(), subject, c.abuser(),
                Set.copyOf(c.matters()), c.validUntil(),
                c.investigatedArticles() == null ? Set.of() : Set.copyOf(c.investigatedArticles()), c.victimIsMinor(),
                c.minorsConcerned(), c.victimSigned(), c.victimNotSignedBecause(), c.abuserSigned(),
                c.abuserNotSignedBecause(), c.surveillanceConsent()));
        if (surveillanceImposed) {
            // (the state is applied once the constructor returns: the imposition is stated from the command)
            imposeSurveillance(new SurveillanceImposed(c.orderId(), c.referralId(), c.victim().municipality(),
                    c.issuingDistrict(), c.issuedAt(), c.surveillanceConsent(), subject,
                    c.issuedAt().plus(policy.protocolSubmission())), deadlines);
        }
        Instant expiry = GeorgianTime.endOf(c.validUntil());
        Instant alert = expiry.minus(policy.expiryAlertLead());
        if (alert.isAfter(c.issuedAt())) {
            deadlines.schedule(alert, OrderClock.Kind.EXPIRY_ALERT.name(), new OrderClock(c.orderId(), OrderClock.Kind.EXPIRY_ALERT), scope(c.orderId()));
        }
        deadlines.schedule(expiry, OrderClock.Kind.EXPIRY.name(), new OrderClock(c.orderId(), OrderClock.Kind.EXPIRY), scope(c.orderId()));
    }

    /** L 10(3⁶), (3⁸): service on a party starts that party's 3-day appeal window. */
    @CommandHandler
    void handle(RecordService c, DeadlineManager deadlines, OrderPolicy policy) {
        require(c.party() != null && c.servedAt() != null && c.method() != null,
                "Service names the party, when and how the order reached them.");
        require(!appealWindowEnds.containsKey(c.party()), "The order was served on this party already.");
        require(!c.servedAt().isBefore(issuedAt), "An order is served after its issue.");
        Instant windowEnds = c.servedAt().plus(policy.appealWindow());
        apply(new RestrainingOrderServed(orderId, referralId, c.party(), c.servedAt(), c.method(), c.actor(), windowEnds));
        deadlines.schedule(windowEnds, OrderClock.Kind.APPEAL_WINDOW.name(),
                new OrderClock(orderId, OrderClock.Kind.APPEAL_WINDOW, c.party(), c.servedAt()), scope(orderId));
    }

    /**
     * L 10(3⁸): a party appeals within 3 days of service on them. A party not (yet) served has no running clock: an
     * appeal before service is not late.
     */
    @CommandHandler
    void handle(LodgeAppeal c) {
        require(c.by() != null && c.lodgedAt() != null, "An appeal names who lodged it and when.");
        require(!c.lodgedAt().isBefore(issuedAt), "An appeal follows the order's issue.");
        Instant windowEnds = appealWindowEnds.get(c.by());
        require(windowEnds == null || !c.lodgedAt().isAfter(windowEnds),
                "A restraining order is appealed within 3 days after it was served on the party (L 10(3⁸)).");
        apply(new AppealLodged(orderId, referralId, c.by(), c.lodgedAt()));
    }

    /** L 10(3⁸): the court decides an appeal; upheld, the order is cancelled (and its surveillance with it). */
    @CommandHandler
    void handle(OrderCommands.DecideAppeal c) {
        require(appealsLodged > appealsDecided, "There is no appeal awaiting the court's decision.");
        require(c.decidedAt() != null, "A decision states when it was given.");
        apply(new OrderEvents.AppealDecided(orderId, referralId, c.upheld(), c.decidedAt()));
        if (c.upheld() && !ended) {
            cancel(CancellationGround.DECISION, "the court upheld the appeal", c.decidedAt(), null);
        }
    }

    /** L 16(3)(c), 17¹(1): the police tell the victim of their rights; the record says by whom and when. */
    @CommandHandler
    void handle(OrderCommands.RecordVictimInformed c) {
        require(c.informedAt() != null && !c.informedAt().isBefore(issuedAt), "The record states when the victim was told.");
        apply(new OrderEvents.VictimInformedOfRights(orderId, referralId, c.actor(), c.informedAt()));
    }

    /** L 10¹(3): surveillance may be imposed while the order is in force, with the victim's consent (L 10¹(6)). */
    @CommandHandler
    void handle(ImposeSurveillance c, DeadlineManager deadlines, OrderPolicy policy) {
        require(!ended, "Surveillance is imposed while the order is in force (L 10¹(3)).");
        require(surveillance == Surveillance.NONE, "Electronic surveillance is already imposed on this order.");
        require(c.imposedAt() != null && !c.imposedAt().isBefore(issuedAt) && present(c.consent()),
                "Electronic surveillance needs the victim's consent, or for a minor the decision in the child's best interest (L 10¹(6)).");
        imposeSurveillance(new SurveillanceImposed(orderId, referralId, municipality, issuingDistrict, c.imposedAt(),
                c.consent(), victimSubjectId, c.imposedAt().plus(policy.protocolSubmission())), deadlines);
    }

    /** L 10¹(4): the protocol is submitted to a court within 24 hours of its issue. */
    @CommandHandler
    void handle(SubmitSurveillanceProtocol c, OrderPolicy policy) {
        require(surveillance == Surveillance.AWAITING_SUBMISSION,
                "There is no surveillance protocol awaiting submission to a court.");
        require(present(c.court()) && c.submittedAt() != null && !c.submittedAt().isBefore(protocolIssuedAt),
                "A submission names the court and when the protocol reached it.");
        require(!c.submittedAt().isAfter(protocolIssuedAt.plus(policy.protocolSubmission())),
                "The protocol is submitted to a court within 24 hours of its issue, or surveillance ends (L 10¹(4)).");
        apply(new SurveillanceProtocolSubmitted(orderId, referralId, c.court(), c.submittedAt()));
    }

    /** L 10¹(4): the court approves the submitted protocol; the law sets no deadline for the approval itself. */
    @CommandHandler
    void handle(ApproveSurveillance c) {
        require(surveillance == Surveillance.AWAITING_COURT,
                "There is no surveillance protocol before the court.");
        require(c.approvedAt() != null, "An approval states when it was given.");
        apply(new SurveillanceApproved(orderId, referralId, c.court(), c.approvedAt()));
    }

    /** L 10¹(4): the court refuses the protocol; surveillance ends at once. */
    @CommandHandler
    void handle(RefuseSurveillance c) {
        require(surveillance == Surveillance.AWAITING_COURT,
                "There is no surveillance protocol before the court.");
        require(c.refusedAt() != null, "A refusal states when it was given.");
        apply(new SurveillanceRefused(orderId, referralId, c.court(), c.refusedAt()));
        endSurveillance(SurveillanceEndReason.REFUSED_BY_THE_COURT, c.refusedAt(), null);
    }

    /** L 10¹(27): cancelling the order cancels its surveillance. */
    @CommandHandler
    void handle(CancelRestrainingOrder c) {
        require(!ended, "The order is no longer in force.");
        require(c.cancelledAt() != null && present(c.grounds()), "A cancellation states when and on what grounds.");
        cancel(CancellationGround.DECISION, c.grounds(), c.cancelledAt(), null);
    }

    /** L 10¹(27): the death of the abuser or the victim cancels the surveillance. */
    @CommandHandler
    void handle(RecordPartyDeath c) {
        require(c.party() != null && c.diedAt() != null, "A death names the party and when.");
        apply(new PartyDeathRecorded(orderId, referralId, c.party(), c.diedAt()));
        endSurveillance(SurveillanceEndReason.A_PARTY_DIED, c.diedAt(), null);
    }

    /** L 12(3), 13: the parties' joint request; refused at once where a minor's interests are concerned. */
    @CommandHandler
    void handle(Conciliation.RequestRestrainingOrderEnd c) {
        boolean refuse = Conciliation.refusedAtOnce(c, !ended, conciliationRequestPending, minorsConcerned);
        apply(new TerminationOnConciliationRequested(orderId, referralId, c.requestedAt()));
        if (refuse) {
            apply(new TerminationOnConciliationRefused(orderId, referralId, Conciliation.MINORS_INTERESTS, c.requestedAt()));
        }
    }

    /** L 12(3): the authorised police officer decides after a comprehensive study of the case. */
    @CommandHandler
    void handle(Conciliation.DecideRestrainingOrderEnd c) {
        if (Conciliation.ends(c, conciliationRequestPending && !ended, minorsConcerned)) {
            cancel(CancellationGround.CONCILIATION, c.reasons(), c.decidedAt(), null);
        } else {
            apply(new TerminationOnConciliationRefused(orderId, referralId, c.reasons(), c.decidedAt()));
        }
    }

    @CommandHandler
    void handle(RecordViolation c) {
        require(!ended, "A violation is recorded against an order in force.");
        apply(new OrderViolationRecorded(orderId, referralId, municipality, c.reportedAt()));
    }

    @CommandHandler
    void handle(RecordCriminalElements c) {
        apply(new CriminalElementsRecorded(orderId, referralId, municipality, c.foundAt()));
    }

    @DeadlineHandler
    void on(OrderClock clock, DeadlineMessage<?> message) {
        MetaData context = MessageContext.of(CLOCK, referralId != null ? referralId : orderId, message.getIdentifier()).asMetaData();
        Instant now = message.getTimestamp();
        switch (clock.kind()) {
            case APPEAL_WINDOW -> {
                if (clock.party() != null) {
                    apply(new AppealWindowClosed(orderId, referralId, appealWindowEnds.get(clock.party()), clock.party()), context);
                }
            }
            case SURVEILLANCE_SUBMISSION -> {
                if (surveillance == Surveillance.AWAITING_SUBMISSION && clock.since().equals(protocolIssuedAt)) {
                    endSurveillance(SurveillanceEndReason.PROTOCOL_NOT_SUBMITTED_WITHIN_24_HOURS, now, context);
                }
            }
            case SURVEILLANCE_APPROVAL -> {
                // the old rule's clock: the law sets no deadline for the court's approval
            }
            case EXPIRY_ALERT -> {
                if (!ended) {
                    apply(new OrderExpiryApproaching(orderId, referralId, municipality, validUntil), context);
                }
            }
            case EXPIRY -> {
                if (!ended) {
                    endSurveillance(SurveillanceEndReason.THE_ORDER_ENDED, now, context);
                    apply(new OrderExpired(orderId, referralId, validUntil), context);
                }
            }
        }
    }

    private static void imposeSurveillance(SurveillanceImposed imposed, DeadlineManager deadlines) {
        apply(imposed);
        deadlines.schedule(imposed.submissionDue(), OrderClock.Kind.SURVEILLANCE_SUBMISSION.name(),
                new OrderClock(imposed.orderId(), OrderClock.Kind.SURVEILLANCE_SUBMISSION, null, imposed.imposedAt()),
                scope(imposed.orderId()));
    }

    private void cancel(CancellationGround ground, String grounds, Instant at, MetaData context) {
        endSurveillance(SurveillanceEndReason.THE_ORDER_WAS_CANCELLED, at, context);
        apply(new RestrainingOrderCancelled(orderId, referralId, municipality, ground, grounds, victimSubjectId, at));
    }

    private void endSurveillance(SurveillanceEndReason reason, Instant at, MetaData context) {
        if (surveillance != Surveillance.NONE) {
            SurveillanceEnded ended = new SurveillanceEnded(orderId, referralId, reason.name(), at, municipality);
            if (context == null) {
                apply(ended);
            } else {
                apply(ended, context);
            }
        }
    }

    private static AggregateScopeDescriptor scope(String orderId) {
        return new AggregateScopeDescriptor(RestrainingOrder.class.getSimpleName(), orderId);
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
        issuingDistrict = e.issuingDistrict();
        municipality = e.victim().municipality();
        victimSubjectId = e.victimSubjectId();
        issuedAt = e.issuedAt();
        minorsConcerned = e.minorsConcerned();
        validUntil = e.validUntil();
    }

    @EventSourcingHandler
    void on(RestrainingOrderServed e) {
        appealWindowEnds.put(e.party(), e.appealWindowEnds());
    }

    @EventSourcingHandler
    void on(AppealLodged e) {
        appealsLodged++;
    }

    @EventSourcingHandler
    void on(OrderEvents.AppealDecided e) {
        appealsDecided++;
    }

    @EventSourcingHandler
    void on(SurveillanceImposed e) {
        surveillance = Surveillance.AWAITING_SUBMISSION;
        protocolIssuedAt = e.imposedAt();
    }

    @EventSourcingHandler
    void on(SurveillanceProtocolSubmitted e) {
        surveillance = Surveillance.AWAITING_COURT;
    }

    @EventSourcingHandler
    void on(SurveillanceApproved e) {
        surveillance = Surveillance.APPROVED;
    }

    @EventSourcingHandler
    void on(SurveillanceEnded e) {
        surveillance = Surveillance.NONE;
    }

    @EventSourcingHandler
    void on(TerminationOnConciliationRequested e) {
        conciliationRequestPending = true;
    }

    @EventSourcingHandler
    void on(TerminationOnConciliationRefused e) {
        conciliationRequestPending = false;
    }

    @EventSourcingHandler
    void on(RestrainingOrderCancelled e) {
        ended = true;
        conciliationRequestPending = false;
    }

    @EventSourcingHandler
    void on(OrderExpired e) {
        ended = true;
    }
}
