package ge.mimartva.victimstatus.status;

import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.security.Actor;
import ge.mimartva.victimstatus.api.VictimStatusGround;
import ge.mimartva.victimstatus.api.VictimStatusGrantor;
import ge.mimartva.victimstatus.order.Party;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static ge.mimartva.victimstatus.ProtectionRuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person's victim status (L 4(f), 16¹), its own record independent of any case: applied for by the alleged victim
 * or on behalf of a child (a child who witnessed violence, or was separated from the abuser, can be a victim);
 * granted or refused by an MIA service, a court or the Victim Identification Group, with the decision document; the
 * group's status lasts 18 months, or the shelter period; it may be revoked; it expires, with a warning before.
 */
@Aggregate
public class VictimStatus {

    static final Actor CLOCK = Actor.service("victim-status-clock");

    public record ApplyForVictimStatus(@TargetAggregateIdentifier String statusId, String referralId,
                                       boolean onBehalfOfChild, VictimStatusGround ground, Party applicant,
                                       Instant appliedAt) {
    }

    /**
     * @param orderProceedingsPending restraining/protective order proceedings about this victim are pending
     * @param prosecutionPending      a criminal prosecution about this violence is pending
     * @param validFrom               for an MIA service or a court: the start their decision sets; for the group:
     *                                absent, or the day of the grant (its status runs from the grant)
     * @param validUntil              for an MIA service or a court: the end their decision sets; for the group: absent
     * @param shelterPlacedOn         for the group, when the victim is in a shelter: the day of placement
     * @param shelterUntil            ... and the end of the placement
     * @param shelterExtension        the shelter's decision extending the placement beyond three months (L 18(2))
     */
    public record GrantVictimStatus(@TargetAggregateIdentifier String statusId, VictimStatusGrantor grantor,
                                    String grantingBody, String decisionDocument, LocalDate validFrom,
                                    LocalDate validUntil, LocalDate shelterPlacedOn, LocalDate shelterUntil,
                                    String shelterExtension, boolean orderProceedingsPending,
                                    boolean prosecutionPending, Instant at) {
    }

    public record RefuseVictimStatus(@TargetAggregateIdentifier String statusId, VictimStatusGrantor grantor,
                                     String grantingBody, String decisionDocument, String reason, Instant at) {
    }

    public record RevokeVictimStatus(@TargetAggregateIdentifier String statusId, String grantingBody, String reason,
                                     Instant at) {
    }

    @Revision("1")
    public record VictimStatusApplied(String statusId, String referralId, boolean onBehalfOfChild,
                                      VictimStatusGround ground, Party applicant, Instant appliedAt) {
    }

    @Revision("1")
    public record VictimStatusGranted(String statusId, String referralId, String municipality,
                                      VictimStatusGrantor grantor, String grantingBody, String decisionDocument,
                                      LocalDate validFrom, LocalDate validUntil, Instant at) {
    }

    @Revision("1")
    public record VictimStatusRefused(String statusId, String referralId, String municipality,
                                      VictimStatusGrantor grantor, String grantingBody, String decisionDocument,
                                      String reason, Instant at) {
    }

    @Revision("1")
    public record VictimStatusRevoked(String statusId, String referralId, String municipality, String grantingBody,
                                      String reason, Instant at) {
    }

    @Revision("1")
    public record VictimStatusExpiring(String statusId, String referralId, String municipality, LocalDate validUntil) {
    }

    @Revision("1")
    public record VictimStatusExpired(String statusId, String referralId, String municipality, LocalDate validUntil) {
    }

    /** Payload of the status's deadlines; {@code until} tells a current deadline from one of a revoked grant. */
    public record StatusClock(String statusId, boolean warning, LocalDate until) {
    }

    /** [A] how long before a status expires the social worker is warned (row N9). */
    public record StatusPolicy(Duration expiryAlertLead) {
    }

    private enum State { APPLIED, GRANTED, REFUSED, REVOKED, EXPIRED }

    @AggregateIdentifier
    private String statusId;
    private String referralId;
    private String municipality;
    private State state;
    private LocalDate validUntil;

    protected VictimStatus() {
        // for Axon
    }

    @CommandHandler
    public VictimStatus(ApplyForVictimStatus c) {
        require(c.ground() != null, "An application states its ground.");
        require(c.applicant() != null && c.applicant().lastName() != null && c.applicant().municipality() != null,
                "An application names the alleged victim and where the victim lives.");
        apply(new VictimStatusApplied(c.statusId(), c.referralId(), c.onBehalfOfChild(), c.ground(), c.applicant(),
                c.appliedAt()));
    }

    @CommandHandler
    void handle(GrantVictimStatus c, DeadlineManager deadlines, StatusPolicy policy) {
        require(state == State.APPLIED, "Only an application awaiting a decision is granted.");
        require(c.grantor() != null && c.decisionDocument() != null && !c.decisionDocument().isBlank() && c.at() != null,
                "A grant records the granting body and its decision document.");
        LocalDate from;
        LocalDate until;
        if (c.grantor() == VictimStatusGrantor.VICTIM_IDENTIFICATION_GROUP) {
            require(!c.orderProceedingsPending() && !c.prosecutionPending(),
                    "The Victim Identification Group does not grant status while order proceedings or a prosecution about this violence are pending (L 16¹(1)).");
            from = GeorgianTime.dateOf(c.at());
            require(c.validFrom() == null || c.validFrom().equals(from),
                    "The Victim Identification Group's status runs from its grant (L 16¹(1)).");
            until = c.shelterUntil() == null ? from.plusMonths(18) : shelterPeriodEnd(c, from);
        } else {
            require(c.validFrom() != null && c.validUntil() != null,
                    "An MIA service or a court sets when the status starts and how long it lasts.");
            from = c.validFrom();
            until = c.validUntil();
        }
        require(!until.isBefore(from), "A status ends after it starts.");
        apply(new VictimStatusGranted(statusId, referralId, municipality, c.grantor(), c.grantingBody(),
                c.decisionDocument(), from, until, c.at()));
        AggregateScopeDescriptor scope = new AggregateScopeDescriptor(VictimStatus.class.getSimpleName(), statusId);
        Instant end = GeorgianTime.endOf(until);
        Instant warning = end.minus(policy.expiryAlertLead());
        if (warning.isAfter(c.at())) {
            deadlines.schedule(warning, "victim-status-warning", new StatusClock(statusId, true, until), scope);
        }
        deadlines.schedule(end, "victim-status-end", new StatusClock(statusId, false, until), scope);
    }

    /**
     * L 16¹(1), 18(2): the group's status of a victim in a shelter lasts the placement: up to three months from it,
     * unless the shelter extended it (its charter sets how far).
     */
    private static LocalDate shelterPeriodEnd(GrantVictimStatus c, LocalDate grantedOn) {
        require(c.shelterPlacedOn() != null && !c.shelterPlacedOn().isAfter(grantedOn),
                "A shelter period states when the victim was placed in the shelter.");
        require(!c.shelterUntil().isBefore(grantedOn), "A shelter period ends after the grant.");
        require(!c.shelterUntil().isAfter(c.shelterPlacedOn().plusMonths(3))
                        || c.shelterExtension() != null && !c.shelterExtension().isBlank(),
                "A placement in a shelter lasts three months at most unless the shelter extended it (L 18(2)).");
        return c.shelterUntil();
    }

    @CommandHandler
    void handle(RefuseVictimStatus c) {
        require(state == State.APPLIED, "Only an application awaiting a decision is refused.");
        require(c.reason() != null && !c.reason().isBlank() && c.decisionDocument() != null,
                "A refusal records its reason and decision document.");
        apply(new VictimStatusRefused(statusId, referralId, municipality, c.grantor(), c.grantingBody(),
                c.decisionDocument(), c.reason(), c.at()));
    }

    @CommandHandler
    void handle(RevokeVictimStatus c) {
        require(state == State.GRANTED, "Only a granted status is revoked.");
        require(c.reason() != null && !c.reason().isBlank(), "A revocation says why.");
        apply(new VictimStatusRevoked(statusId, referralId, municipality, c.grantingBody(), c.reason(), c.at()));
    }

    @DeadlineHandler
    void on(StatusClock clock, DeadlineMessage<?> message) {
        if (state != State.GRANTED || !clock.until().equals(validUntil)) {
            return;
        }
        MessageContext context = MessageContext.of(CLOCK, referralId != null ? referralId : statusId, message.getIdentifier());
        apply(clock.warning() ? new VictimStatusExpiring(statusId, referralId, municipality, validUntil)
                : new VictimStatusExpired(statusId, referralId, municipality, validUntil), context.asMetaData());
    }

    @EventSourcingHandler
    void on(VictimStatusApplied e) {
        statusId = e.statusId();
        referralId = e.referralId();
        municipality = e.applicant().municipality();
        state = State.APPLIED;
    }

    @EventSourcingHandler
    void on(VictimStatusGranted e) {
        state = State.GRANTED;
        validUntil = e.validUntil();
    }

    @EventSourcingHandler
    void on(VictimStatusRefused e) {
        state = State.REFUSED;
    }

    @EventSourcingHandler
    void on(VictimStatusRevoked e) {
        state = State.REVOKED;
    }

    @EventSourcingHandler
    void on(VictimStatusExpired e) {
        state = State.EXPIRED;
    }
}
