package ge.mimartva.referral.command;

import ge.mimartva.referral.api.Concern;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.instanceOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class ReferralTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Child NINO = new Child("ნინო", "ბერიძე", "01001012345", LocalDate.of(2015, 3, 14), null, "TBILISI-VAKE");

    private AggregateTestFixture<Referral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
    }

    private static FileReferral filing(Child child, List<Concern> concerns) {
        return new FileReferral("r-1", "SCH-TBILISI-VAKE-051", "SCH", "user-1", child, "subject-1", concerns,
                "observed bruises", true, NOW);
    }

    @Test
    void aReportingBodyFilesAReferral() {
        fixture.givenNoPriorActivity()
                .when(filing(NINO, List.of(Concern.PHYSICAL)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReferralFiled("r-1", "SCH-TBILISI-VAKE-051", "SCH", "user-1", NINO, "subject-1",
                        List.of(Concern.PHYSICAL), "observed bruises", true, NOW));
    }

    @Test
    void aReferralWithoutAConcernIsRejected() {
        fixture.givenNoPriorActivity()
                .when(filing(NINO, List.of()))
                .expectException(ReferralRejected.class)
                .expectNoEvents();
    }

    @Test
    void aReferralWithoutTheChildsMunicipalityIsRejected() {
        Child nowhere = new Child("ნინო", "ბერიძე", null, LocalDate.of(2015, 3, 14), null, null);
        fixture.givenNoPriorActivity()
                .when(filing(nowhere, List.of(Concern.NEGLECT)))
                .expectException(ReferralRejected.class)
                .expectNoEvents();
    }

    @Test
    void aReferralWithNeitherDateOfBirthNorAgeIsRejected() {
        Child ageless = new Child("ნინო", "ბერიძე", null, null, null, "TBILISI-VAKE");
        fixture.givenNoPriorActivity()
                .when(filing(ageless, List.of(Concern.NEGLECT)))
                .expectException(ReferralRejected.class)
                .expectNoEvents();
    }

    @Test
    void anApproximateAgeIsEnoughWhenTheDateOfBirthIsUnknown() {
        Child aboutSeven = new Child("Luka", "Maisuradze", null, null, 7, "BATUMI");
        fixture.givenNoPriorActivity()
                .when(filing(aboutSeven, List.of(Concern.NEGLECT)))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(exactSequenceOf(messageWithPayload(instanceOf(ReferralFiled.class)), andNoMore()));
    }

    @Test
    void aReferralWithoutTheFilingPersonIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new FileReferral("r-1", "SCH-TBILISI-VAKE-051", "SCH", null, NINO, "subject-1",
                        List.of(Concern.PHYSICAL), "observed", false, NOW))
                .expectException(ReferralRejected.class)
                .expectNoEvents();
    }
}
