package ge.mimartva.victimstatus.shelter;

import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.victimstatus.ProtectionRuleViolation;
import ge.mimartva.victimstatus.shelter.ShelterPlacement.EndShelterPlacement;
import ge.mimartva.victimstatus.shelter.ShelterPlacement.ExtendShelterPlacement;
import ge.mimartva.victimstatus.shelter.ShelterPlacement.PlaceInShelter;
import ge.mimartva.victimstatus.shelter.ShelterPlacement.PlacedInShelter;
import ge.mimartva.victimstatus.shelter.ShelterPlacement.ShelterClock;
import ge.mimartva.victimstatus.shelter.ShelterPlacement.ShelterPlacementEnded;
import ge.mimartva.victimstatus.shelter.ShelterPlacement.ShelterPlacementExtended;
import ge.mimartva.victimstatus.shelter.ShelterPlacement.ShelterTermEnded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

/** Shelter placements (L 18): one test per rule and clock. */
class ShelterPlacementTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate THREE_MONTHS = DAY.plusMonths(3);

    private AggregateTestFixture<ShelterPlacement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ShelterPlacement.class);
    }

    private static PlaceInShelter place(boolean request, boolean emergency, LocalDate until) {
        return new PlaceInShelter("p-1", "r-1", "TBILISI-VAKE", "Tbilisi shelter", request, emergency, DAY, until, AT);
    }

    private static PlacedInShelter placed(LocalDate until) {
        return new PlacedInShelter("p-1", "r-1", "TBILISI-VAKE", "Tbilisi shelter", true, DAY, until, AT);
    }

    @Test
    void aVictimIsPlacedOnTheirRequestForUpToThreeMonths() {
        fixture.givenNoPriorActivity().when(place(true, false, THREE_MONTHS))
                .expectEvents(placed(THREE_MONTHS))
                .expectScheduledDeadline(GeorgianTime.endOf(THREE_MONTHS), new ShelterClock("p-1", THREE_MONTHS));
    }

    @Test
    void aPlacementOfMoreThanThreeMonthsIsRefused() {
        fixture.givenNoPriorActivity().when(place(true, false, THREE_MONTHS.plusDays(1)))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void aPlacementNeedsTheVictimsRequestOrInAnEmergencyTheirConsent() {
        fixture.givenNoPriorActivity().when(place(false, false, THREE_MONTHS))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(place(false, true, THREE_MONTHS)).expectSuccessfulHandlerExecution();
    }

    @Test
    void theShelterExtendsThePlacementUnderItsCharterWithTheVictimWilling() {
        fixture.given(placed(THREE_MONTHS))
                .when(new ExtendShelterPlacement("p-1", THREE_MONTHS.plusMonths(2), "council decision 7", true, AT))
                .expectEvents(new ShelterPlacementExtended("p-1", "r-1", THREE_MONTHS.plusMonths(2), "council decision 7", AT));
    }

    @Test
    void aPlacementIsNotExtendedAgainstTheVictimsWill() {
        fixture.given(placed(THREE_MONTHS))
                .when(new ExtendShelterPlacement("p-1", THREE_MONTHS.plusMonths(2), "council decision 7", false, AT))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void theTermsEndIsThePlatformsActUnlessExtended() {
        fixture.givenCommands(place(true, false, THREE_MONTHS))
                .whenThenTimeAdvancesTo(GeorgianTime.endOf(THREE_MONTHS).plusSeconds(1))
                .expectEvents(new ShelterTermEnded("p-1", "r-1", "TBILISI-VAKE", THREE_MONTHS));
        fixture.givenCommands(place(true, false, THREE_MONTHS),
                        new ExtendShelterPlacement("p-1", THREE_MONTHS.plusMonths(1), "council decision 7", true, AT))
                .whenThenTimeAdvancesTo(GeorgianTime.endOf(THREE_MONTHS).plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void theEndRecordsWhetherTheVictimIsSafe() {
        fixture.given(placed(THREE_MONTHS))
                .when(new EndShelterPlacement("p-1", THREE_MONTHS, false, AT))
                .expectEvents(new ShelterPlacementEnded("p-1", "r-1", "TBILISI-VAKE", THREE_MONTHS, false, AT));
    }
}
