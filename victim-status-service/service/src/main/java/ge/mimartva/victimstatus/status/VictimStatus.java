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

import static ge.mimartva.victimstatus.ProtectionRuleViolated.require;
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
     * @param orderProceedingsPending restraining/protective order proceedings about this violence are pending
     * @param prosecutionPending      a criminal prosecution about this violence is pending
     * @param validUntil              for an MIA service or a court: the end their decision sets; for the group: absent
     * @param shelterUntil            for the group: the end of the shelter period, when the victim is in a shelter
     */
    public record GrantVictimStatus(@TargetAggregateIdentifier String statusId, VictimStatusGrantor grantor,
                                    String grantingBody, String decisionDocument, LocalDate validFrom,
                                    LocalDate validUntil, LocalDate shelterUntil, boolean orderProceedingsPending,
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
        require(c.grantor() != null && c.decisionDocument() != null && !c.decisionDocument().isBlank() && c.validFrom() != null,
                "A grant records the granting body, its decision document and the start of the status.");
        LocalDate until;
        if (c.grantor() == VictimStatusGrantor.VICTIM_IDENTIFICATION_GROUP) {
            require(!c.orderProceedingsPending() && !c.prosecutionPending(),
                    "The Victim Identification Group does not grant status while order proceedings or a prosecution about this violence are pending (L 16¹(1)).");
            until = c.shelterUntil() != null ? c.shelterUntil() : c.validFrom().plusMonths(18);
        } else {
            require(c.validUntil() != null, "An MIA service or a court sets how long the status lasts.");
            until = c.validUntil();
        }
        require(!until.isBefore(c.validFrom()), "A status ends after it starts.");
        apply(new VictimStatusGranted(statusId, referralId, municipality, c.grantor(), c.grantingBody(),
                c.decisionDocument(), c.validFrom(), until, c.at()));
        AggregateScopeDescriptor scope = new AggregateScopeDescriptor(VictimStatus.class.getSimpleName(), statusId);
        Instant end = GeorgianTime.endOf(until);
        Instant warning = end.minus(policy.expiryAlertLead());
        if (warning.isAfter(c.at())) {
            deadlines.schedule(warning, "victim-status-warning", new StatusClock(statusId, true, until), scope);
        }
        deadlines.schedule(end, "victim-status-end", new StatusClock(statusId, false, until), scope);
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
