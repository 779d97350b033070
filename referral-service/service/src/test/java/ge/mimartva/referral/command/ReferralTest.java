package ge.mimartva.referral.command;

import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.referral.api.AbuserRelation;
import ge.mimartva.referral.api.AllegedAbuser;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.OnlineAbuseKind;
import ge.mimartva.referral.api.ReferralActions.Outcome;
import ge.mimartva.referral.api.ReferralStatus;
import ge.mimartva.referral.api.StatutoryClock;
import ge.mimartva.referral.api.Urgency;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static ge.mimartva.referral.command.ReferralHistory.AT;
import static ge.mimartva.referral.command.ReferralHistory.NOW;
import static ge.mimartva.referral.command.ReferralHistory.POLICY;
import static ge.mimartva.referral.command.ReferralHistory.REFERRAL;
import static ge.mimartva.referral.command.ReferralHistory.SCHOOL;
import static ge.mimartva.referral.command.ReferralHistory.UNIT;
import static ge.mimartva.referral.command.ReferralHistory.filed;
import static ge.mimartva.referral.command.ReferralHistory.started;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.instanceOf;

/** Filing a referral, and the assignment clock that filing starts. */
class ReferralTest {

    private static final Child NINO = new Child("ნინო", "ბერიძე", "01001012345", LocalDate.of(2015, 3, 14), null, "TBILISI-VAKE");
    private static final AllegedAbuser STEPFATHER_WITH_WEAPON = new AllegedAbuser(AbuserRelation.STEP_PARENT, true);

    private AggregateTestFixture<Referral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerInjectableResource(POLICY);
    }

    private static FileReferral filing(Child child, List<Concern> concerns, boolean immediateDanger) {
        return new FileReferral(REFERRAL, SCHOOL, "SCH", "user-1", child, "subject-1", concerns, "observed bruises",
                immediateDanger, true, STEPFATHER_WITH_WEAPON, null, UNIT, NOW);
    }

    @Test
    void aReportingBodyFilesAReferralAndTheAssignmentClockStarts() {
        fixture.givenNoPriorActivity()
                .when(filing(NINO, List.of(Concern.PHYSICAL, Concern.SUICIDE_ATTEMPT), false))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReferralFiled(REFERRAL, SCHOOL, "SCH", "user-1", NINO, "subject-1",
                                List.of(Concern.PHYSICAL, Concern.SUICIDE_ATTEMPT), "observed bruises", false, true,
                                STEPFATHER_WITH_WEAPON, null, UNIT, NOW),
                        started(StatutoryClock.T_ASSIGN, 1, Urgency.STANDARD, NOW, NOW))
                .expectScheduledDeadline(NOW.plus(ofHours(3)),
                        new ClockDue("T_ASSIGN#1", StatutoryClock.T_ASSIGN, "T_ASSIGN/2016-437/a1"));
    }

    /** Georgia's answers to the Lanzarote Committee, questions 13-14: abuse through technologies, with where it is. */
    @Test
    void aReferralRecordsTheAbusesOnlineElementWithWhereTheMaterialIsNeverTheMaterial() {
        ReportedOnlineElement online = new ReportedOnlineElement("Instagram",
                List.of(OnlineAbuseKind.SEXUAL_COERCION_OR_EXTORTION, OnlineAbuseKind.GROOMING),
                List.of("https://instagram.com/some.account", "message 1734"));
        fixture.givenNoPriorActivity()
                .when(new FileReferral(REFERRAL, SCHOOL, "SCH", "user-1", NINO, "subject-1", List.of(Concern.SEXUAL),
                        "she is threatened", false, null, null, online, UNIT, NOW))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReferralFiled(REFERRAL, SCHOOL, "SCH", "user-1", NINO, "subject-1",
                                List.of(Concern.SEXUAL), "she is threatened", false, null, null, online, UNIT, NOW),
                        started(StatutoryClock.T_ASSIGN, 1, Urgency.STANDARD, NOW, NOW));
    }

    @Test
    void anOnlineElementSaysHowTechnologiesWereUsed() {
        fixture.givenNoPriorActivity()
                .when(new FileReferral(REFERRAL, SCHOOL, "SCH", "user-1", NINO, "subject-1", List.of(Concern.SEXUAL),
                        "observed", false, null, null, new ReportedOnlineElement("TikTok", List.of(), List.of()), UNIT, NOW))
                .expectException(ReferralRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void immediateDangerMakesTheReferralUrgentAndTheAssignmentClockShort() {
        fixture.givenNoPriorActivity()
                .when(filing(NINO, List.of(Concern.PHYSICAL), true))
                .expectScheduledDeadline(NOW.plus(ofHours(1)),
                        new ClockDue("T_ASSIGN#1", StatutoryClock.T_ASSIGN, "T_ASSIGN/2016-437/a1"));
    }

    @Test
    void aMissedAssignmentClockEscalatesAsThePlatformNotAsTheReporter() {
        fixture.givenCommands(filing(NINO, List.of(Concern.NEGLECT), false))
                .whenThenTimeAdvancesTo(NOW.plus(ofHours(3)).plus(ofMinutes(1)))
                .expectEventsMatching(exactSequenceOf(messageWithPayload(org.hamcrest.Matchers.equalTo(
                        new ReferralEvents.StatutoryClockMissed(REFERRAL, "T_ASSIGN#1", StatutoryClock.T_ASSIGN,
                                "T_ASSIGN/2016-437/a1", NOW.plus(ofHours(3)), UNIT))), andNoMore()));
    }

    @Test
    void theEscalationIsRecordedWithThePlatformClockAsActor() {
        fixture.givenCommands(filing(NINO, List.of(Concern.NEGLECT), false))
                .whenThenTimeAdvancesTo(NOW.plus(ofHours(4)))
                .expectEventsMatching(exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.predicate(event ->
                                Referral.CLOCK.id().equals(MessageContext.from(event.getMetaData()).actorId())
                                        && REFERRAL.equals(MessageContext.from(event.getMetaData()).correlationId())),
                        andNoMore()));
    }

    @Test
    void aClockStoppedInTimeDoesNotEscalate() {
        fixture.givenCommands(filing(NINO, List.of(Concern.NEGLECT), false),
                        new ReferralCommands.TriageReferral(REFERRAL, 1L, Urgency.STANDARD, null, "sw", AT),
                        new ReferralCommands.AssignCase(REFERRAL, 2L, "sw.vake", "supervisor", AT))
                .whenThenTimeAdvancesTo(NOW.plus(ofHours(5)))
                .expectNoEvents();
    }

    @Test
    void aReferralWithoutAConcernIsRejected() {
        fixture.givenNoPriorActivity()
                .when(filing(NINO, List.of(), false))
                .expectException(ReferralRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aReferralWithoutTheChildsMunicipalityIsRejected() {
        Child nowhere = new Child("ნინო", "ბერიძე", null, LocalDate.of(2015, 3, 14), null, null);
        fixture.givenNoPriorActivity()
                .when(filing(nowhere, List.of(Concern.NEGLECT), false))
                .expectException(ReferralRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aReferralWithNeitherDateOfBirthNorAgeIsRejected() {
        Child ageless = new Child("ნინო", "ბერიძე", null, null, null, "TBILISI-VAKE");
        fixture.givenNoPriorActivity()
                .when(filing(ageless, List.of(Concern.NEGLECT), false))
                .expectException(ReferralRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anApproximateAgeIsEnoughWhenTheDateOfBirthIsUnknown() {
        Child aboutSeven = new Child("Luka", "Maisuradze", null, null, 7, "BATUMI");
        fixture.givenNoPriorActivity()
                .when(filing(aboutSeven, List.of(Concern.STREET_SITUATION), false))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(exactSequenceOf(messageWithPayload(instanceOf(ReferralFiled.class)),
                        messageWithPayload(instanceOf(ReferralEvents.StatutoryClockStarted.class)), andNoMore()));
    }

    @Test
    void aReferralWithoutTheFilingPersonIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new FileReferral(REFERRAL, SCHOOL, "SCH", null, NINO, "subject-1", List.of(Concern.PHYSICAL),
                        "observed", false, null, null, null, UNIT, NOW))
                .expectException(ReferralRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aReferralWithoutAnOwningUnitIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new FileReferral(REFERRAL, SCHOOL, "SCH", "user-1", NINO, "subject-1", List.of(Concern.PHYSICAL),
                        "observed", false, null, null, null, null, NOW))
                .expectException(ReferralRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void actionsAnswerTheReferralsNewVersion() {
        fixture.given(filed(false))
                .when(new ReferralCommands.TriageReferral(REFERRAL, 1L, Urgency.STANDARD, null, "sw", AT))
                .expectResultMessagePayload(new Outcome(REFERRAL, ReferralStatus.REGISTERED, 2L));
    }

    @Test
    void anActionOnAStaleVersionIsRefused() {
        fixture.given(filed(false))
                .when(new ReferralCommands.TriageReferral(REFERRAL, 0L, Urgency.STANDARD, null, "sw", AT))
                .expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }
}
