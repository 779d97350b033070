package ge.mimartva.victimstatus.shelter;

import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.reference.GeorgianTime;
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
 * A victim's placement in a shelter (L 18, 16(3)(e)): on the victim's request (or, in an emergency, with the victim's
 * consent), for up to three months; extended under the shelter's charter, never against the victim's will. When the
 * term ends the platform says so (a deadline), and the placement's end records whether the victim is safe: if not, the
 * police of the victim's municipality are told (row N18).
 */
@Aggregate
public class ShelterPlacement {

    static final Actor CLOCK = Actor.service("shelter-clock");

    public record PlaceInShelter(@TargetAggregateIdentifier String placementId, String referralId, String municipality,
                                 String shelter, boolean onTheVictimsRequest, boolean emergencyWithConsent,
                                 LocalDate placedOn, LocalDate until, Instant at) {
    }

    /** @param charterDecision the shelter's decision under its charter; {@code victimWilling}: the victim wants to stay */
    public record ExtendShelterPlacement(@TargetAggregateIdentifier String placementId, LocalDate until,
                                         String charterDecision, boolean victimWilling, Instant at) {
    }

    public record EndShelterPlacement(@TargetAggregateIdentifier String placementId, LocalDate endedOn,
                                      boolean victimSafe, Instant at) {
    }

    @Revision("1")
    public record PlacedInShelter(String placementId, String referralId, String municipality, String shelter,
                                  boolean onTheVictimsRequest, LocalDate placedOn, LocalDate until, Instant at) {
    }

    @Revision("1")
    public record ShelterPlacementExtended(String placementId, String referralId, LocalDate until,
                                           String charterDecision, Instant at) {
    }

    /** The term ran out without the placement being extended or ended: its end must be recorded. */
    @Revision("1")
    public record ShelterTermEnded(String placementId, String referralId, String municipality, LocalDate until) {
    }

    @Revision("1")
    public record ShelterPlacementEnded(String placementId, String referralId, String municipality, LocalDate endedOn,
                                        boolean victimSafe, Instant at) {
    }

    /** Payload of the term's deadline; {@code until} tells the current term from one an extension replaced. */
    public record ShelterClock(String placementId, LocalDate until) {
    }

    @AggregateIdentifier
    private String placementId;
    private String referralId;
    private String municipality;
    private LocalDate placedOn;
    private LocalDate until;
    private boolean ended;

    protected ShelterPlacement() {
        // for Axon
    }

    @CommandHandler
    public ShelterPlacement(PlaceInShelter c, DeadlineManager deadlines) {
        require(c.onTheVictimsRequest() || c.emergencyWithConsent(),
                "A victim is placed in a shelter on their request, or in an emergency with their consent (L 18(1), 16(3)(e)).");
        require(c.shelter() != null && !c.shelter().isBlank() && c.municipality() != null && c.placedOn() != null
                && c.until() != null, "A placement names the shelter, where the victim lives, and its term.");
        require(!c.until().isBefore(c.placedOn()), "A placement ends after it starts.");
        require(!c.until().isAfter(c.placedOn().plusMonths(3)), "A victim is placed in a shelter for up to three months (L 18(2)).");
        apply(new PlacedInShelter(c.placementId(), c.referralId(), c.municipality(), c.shelter(), c.onTheVictimsRequest(),
                c.placedOn(), c.until(), c.at()));
        schedule(c.placementId(), c.until(), deadlines);
    }

    /** L 18(2): extended under the shelter's charter, unless the victim does not want to stay. */
    @CommandHandler
    void handle(ExtendShelterPlacement c, DeadlineManager deadlines) {
        require(!ended, "An ended placement is not extended.");
        require(c.victimWilling(), "A placement is not extended against the victim's will (L 18(2)).");
        require(c.charterDecision() != null && !c.charterDecision().isBlank(),
                "An extension is the shelter's decision under its charter (L 18(2)).");
        require(c.until() != null && c.until().isAfter(until), "An extension ends after the current term.");
        apply(new ShelterPlacementExtended(placementId, referralId, c.until(), c.charterDecision(), c.at()));
        schedule(placementId, c.until(), deadlines);
    }

    /** L 18(2): the end records whether the victim is safe; if not, law enforcement is told (N18). */
    @CommandHandler
    void handle(EndShelterPlacement c) {
        require(!ended, "The placement has ended already.");
        require(c.endedOn() != null && !c.endedOn().isBefore(placedOn), "A placement ends after it starts.");
        apply(new ShelterPlacementEnded(placementId, referralId, municipality, c.endedOn(), c.victimSafe(), c.at()));
    }

    @DeadlineHandler
    void on(ShelterClock clock, DeadlineMessage<?> message) {
        if (ended || !clock.until().equals(until)) {
            return;
        }
        apply(new ShelterTermEnded(placementId, referralId, municipality, until),
                MessageContext.of(CLOCK, referralId != null ? referralId : placementId, message.getIdentifier()).asMetaData());
    }

    private static void schedule(String placementId, LocalDate until, DeadlineManager deadlines) {
        deadlines.schedule(GeorgianTime.endOf(until), "shelter-term", new ShelterClock(placementId, until),
                new AggregateScopeDescriptor(ShelterPlacement.class.getSimpleName(), placementId));
    }

    @EventSourcingHandler
    void on(PlacedInShelter e) {
        placementId = e.placementId();
        referralId = e.referralId();
        municipality = e.municipality();
        placedOn = e.placedOn();
        until = e.until();
    }

    @EventSourcingHandler
    void on(ShelterPlacementExtended e) {
        until = e.until();
    }

    @EventSourcingHandler
    void on(ShelterPlacementEnded e) {
        ended = true;
    }
}
