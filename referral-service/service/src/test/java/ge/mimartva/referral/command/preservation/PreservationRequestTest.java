package ge.mimartva.referral.command.preservation;

import ge.mimartva.referral.api.PreservationRequests.Origin;
import ge.mimartva.referral.api.PreservationRequests.Step;
import ge.mimartva.referral.command.preservation.PreservationCommands.AskProviderToPreserve;
import ge.mimartva.referral.command.preservation.PreservationCommands.ConsultCentralAuthority;
import ge.mimartva.referral.command.preservation.PreservationCommands.DecideDualCriminality;
import ge.mimartva.referral.command.preservation.PreservationCommands.OfferUrgentMla;
import ge.mimartva.referral.command.preservation.PreservationCommands.RecordCentralAuthorityAnswer;
import ge.mimartva.referral.command.preservation.PreservationCommands.RecordPreservationRequest;
import ge.mimartva.referral.command.preservation.PreservationCommands.RecordProviderAnswer;
import ge.mimartva.referral.command.preservation.PreservationCommands.TellRequesterOfPreservation;
import ge.mimartva.referral.command.preservation.PreservationEvents.CentralAuthorityAnswered;
import ge.mimartva.referral.command.preservation.PreservationEvents.CentralAuthorityConsulted;
import ge.mimartva.referral.command.preservation.PreservationEvents.DataPreserved;
import ge.mimartva.referral.command.preservation.PreservationEvents.DualCriminalityDecided;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationClockMissed;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationClockStarted;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationClockStopped;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationRequestRecorded;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationUnavailable;
import ge.mimartva.referral.command.preservation.PreservationEvents.ProviderAskedToPreserve;
import ge.mimartva.referral.command.preservation.PreservationEvents.RequesterToldOfPreservation;
import ge.mimartva.referral.command.preservation.PreservationEvents.UrgentMlaOffered;
import ge.mimartva.referral.command.preservation.PreservationRequest.PreservationClockDue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The 24/7 contact point's preservation flow (Lanzarote answers, Q14): every step, and every step out of its order
 * refused with nothing recorded.
 */
class PreservationRequestTest {

    static final String REQUEST = "0b7c6f0e-2d7e-4b8e-9a56-1c7a8f5d9e01";
    static final String REFERRAL = "5f0b2c1a-8e7d-4c3b-9a21-0d6e5f4c3b2a";
    static final String GERMANY = "CP247-DE";
    static final String PROVIDER = "ISP-SOCIAL-01";
    static final String OFFICER = "officer-1";
    static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    static final List<String> DATA = List.of("account @threatener", "messages of 2026-11-20 to 2026-11-25");
    static final PreservationClocks CLOCKS = new PreservationClocks(Map.of());

    private AggregateTestFixture<PreservationRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PreservationRequest.class);
        fixture.registerInjectableResource(CLOCKS);
    }

    static RecordPreservationRequest received(boolean confirmReceipt) {
        return new RecordPreservationRequest(REQUEST, REFERRAL, Origin.FOREIGN_CONTACT_POINT, GERMANY, "DE-2026-77",
                confirmReceipt, "extortion of a child with sexual images", PROVIDER, DATA, OFFICER, T0);
    }

    static PreservationRequestRecorded recorded() {
        return new PreservationRequestRecorded(REQUEST, REFERRAL, Origin.FOREIGN_CONTACT_POINT, GERMANY, "DE-2026-77",
                true, "extortion of a child with sexual images", PROVIDER, DATA, OFFICER, T0);
    }

    static PreservationClockStarted started(Step step, Instant at) {
        return new PreservationClockStarted(REQUEST, REFERRAL, step, PreservationClocks.BASIS, at, at.plus(CLOCKS.of(step)));
    }

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    static Object[] approved() {
        return new Object[]{recorded(), started(Step.REVIEW, T0),
                new PreservationClockStopped(REQUEST, REFERRAL, Step.REVIEW, at(30), false),
                new DualCriminalityDecided(REQUEST, REFERRAL, true, "extortion is an offence under CC 255", GERMANY, OFFICER, at(30)),
                started(Step.PROVIDER_REQUEST, at(30))};
    }

    static Object[] providerAsked() {
        return new Object[]{recorded(), started(Step.REVIEW, T0),
                new PreservationClockStopped(REQUEST, REFERRAL, Step.REVIEW, at(30), false),
                new DualCriminalityDecided(REQUEST, REFERRAL, true, "extortion is an offence under CC 255", GERMANY, OFFICER, at(30)),
                started(Step.PROVIDER_REQUEST, at(30)),
                new PreservationClockStopped(REQUEST, REFERRAL, Step.PROVIDER_REQUEST, at(40), false),
                new ProviderAskedToPreserve(REQUEST, REFERRAL, PROVIDER, OFFICER, at(40)), started(Step.PROVIDER_ANSWER, at(40))};
    }

    @Test
    void aRequestIsRecordedUrgentlyAndItsReviewClockStarts() {
        fixture.givenNoPriorActivity()
                .when(received(true))
                .expectEvents(recorded(), started(Step.REVIEW, T0))
                .expectScheduledDeadline(T0.plus(Duration.ofHours(24)), new PreservationClockDue(Step.REVIEW));
    }

    @Test
    void aRequestWithoutTheDataToPreserveOrTheProviderIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordPreservationRequest(REQUEST, null, Origin.FOREIGN_CONTACT_POINT, GERMANY, null, false,
                        "extortion", PROVIDER, List.of(), OFFICER, T0))
                .expectException(PreservationRuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordPreservationRequest(REQUEST, null, Origin.FOREIGN_CONTACT_POINT, GERMANY, null, false,
                        "extortion", " ", DATA, OFFICER, T0))
                .expectException(PreservationRuleViolation.class).expectNoEvents();
    }

    @Test
    void theCentralAuthorityIsConsultedAndAnswersBeforeTheDecision() {
        fixture.given(recorded(), started(Step.REVIEW, T0))
                .when(new ConsultCentralAuthority(REQUEST, "PRO-GEO-IC", "is sextortion of a 14-year-old punishable?", OFFICER, at(10)))
                .expectEvents(new CentralAuthorityConsulted(REQUEST, REFERRAL, "PRO-GEO-IC",
                        "is sextortion of a 14-year-old punishable?", OFFICER, at(10)), started(Step.CENTRAL_AUTHORITY_ANSWER, at(10)));
        fixture.given(recorded(), started(Step.REVIEW, T0),
                        new CentralAuthorityConsulted(REQUEST, REFERRAL, "PRO-GEO-IC", "q", OFFICER, at(10)),
                        started(Step.CENTRAL_AUTHORITY_ANSWER, at(10)))
                .when(new DecideDualCriminality(REQUEST, true, "before the answer", OFFICER, at(20)))
                .expectException(PreservationRuleViolation.class).expectNoEvents();
        fixture.given(recorded(), started(Step.REVIEW, T0),
                        new CentralAuthorityConsulted(REQUEST, REFERRAL, "PRO-GEO-IC", "q", OFFICER, at(10)),
                        started(Step.CENTRAL_AUTHORITY_ANSWER, at(10)))
                .when(new RecordCentralAuthorityAnswer(REQUEST, "yes: CC 255 and 255¹", OFFICER, at(60)))
                .expectEvents(new PreservationClockStopped(REQUEST, REFERRAL, Step.CENTRAL_AUTHORITY_ANSWER, at(60), false),
                        new CentralAuthorityAnswered(REQUEST, REFERRAL, "yes: CC 255 and 255¹", OFFICER, at(60)));
    }

    @Test
    void dualCriminalityIsDecidedWithReasonsAndOnlyOnce() {
        fixture.given(recorded(), started(Step.REVIEW, T0))
                .when(new DecideDualCriminality(REQUEST, true, "extortion is an offence under CC 255", OFFICER, at(30)))
                .expectEvents(approved()[2], approved()[3], approved()[4])
                .expectScheduledDeadline(at(30).plus(Duration.ofHours(2)), new PreservationClockDue(Step.PROVIDER_REQUEST));
        fixture.given(recorded(), started(Step.REVIEW, T0))
                .when(new DecideDualCriminality(REQUEST, false, " ", OFFICER, at(30)))
                .expectException(PreservationRuleViolation.class).expectNoEvents();
        fixture.given(approved())
                .when(new DecideDualCriminality(REQUEST, false, "changed my mind", OFFICER, at(35)))
                .expectException(PreservationRuleViolation.class).expectNoEvents();
    }

    @Test
    void noProviderIsAskedBeforeDualCriminalityIsApproved() {
        fixture.given(recorded(), started(Step.REVIEW, T0))
                .when(new AskProviderToPreserve(REQUEST, OFFICER, at(10)))
                .expectException(PreservationRuleViolation.class).expectNoEvents();
        fixture.given(recorded(), started(Step.REVIEW, T0),
                        new PreservationClockStopped(REQUEST, REFERRAL, Step.REVIEW, at(30), false),
                        new DualCriminalityDecided(REQUEST, REFERRAL, false, "not an offence in Georgia", GERMANY, OFFICER, at(30)))
                .when(new AskProviderToPreserve(REQUEST, OFFICER, at(40)))
                .expectException(PreservationRuleViolation.class).expectNoEvents();
    }

    @Test
    void onceApprovedTheProviderIsAskedAndItsAnswerIsAwaitedOnAClock() {
        fixture.given(approved())
                .when(new AskProviderToPreserve(REQUEST, OFFICER, at(40)))
                .expectEvents(new PreservationClockStopped(REQUEST, REFERRAL, Step.PROVIDER_REQUEST, at(40), false),
                        new ProviderAskedToPreserve(REQUEST, REFERRAL, PROVIDER, OFFICER, at(40)),
                        started(Step.PROVIDER_ANSWER, at(40)))
                .expectScheduledDeadline(at(40).plus(Duration.ofHours(24)), new PreservationClockDue(Step.PROVIDER_ANSWER));
    }

    @Test
    void theProviderConfirmsUntilWhenAndThenTheRequesterIsTold() {
        LocalDate until = LocalDate.of(2027, 2, 26);
        fixture.given(providerAsked())
                .when(new RecordProviderAnswer(REQUEST, true, until, null, "LE-4411", OFFICER, at(120)))
                .expectEvents(new PreservationClockStopped(REQUEST, REFERRAL, Step.PROVIDER_ANSWER, at(120), false),
                        new DataPreserved(REQUEST, REFERRAL, PROVIDER, until, "LE-4411", OFFICER, at(120)),
                        started(Step.REQUESTER_ANSWER, at(120)));
        Object[] preserved = append(providerAsked(),
                new PreservationClockStopped(REQUEST, REFERRAL, Step.PROVIDER_ANSWER, at(120), false),
                new DataPreserved(REQUEST, REFERRAL, PROVIDER, until, "LE-4411", OFFICER, at(120)),
                started(Step.REQUESTER_ANSWER, at(120)));
        fixture.given(preserved)
                .when(new TellRequesterOfPreservation(REQUEST, "preserved until 26 Feb 2027; send the MLA request", OFFICER, at(150)))
                .expectEvents(new PreservationClockStopped(REQUEST, REFERRAL, Step.REQUESTER_ANSWER, at(150), false),
                        new RequesterToldOfPreservation(REQUEST, REFERRAL, GERMANY,
                                "preserved until 26 Feb 2027; send the MLA request", OFFICER, at(150)));
        fixture.given(preserved)
                .when(new OfferUrgentMla(REQUEST, "not needed", OFFICER, at(150)))
                .expectException(PreservationRuleViolation.class).expectNoEvents();
    }

    @Test
    void noPreservedWithoutTheProvidersConfirmation() {
        fixture.given(approved())
                .when(new TellRequesterOfPreservation(REQUEST, "preserved", OFFICER, at(50)))
                .expectException(PreservationRuleViolation.class).expectNoEvents();
        fixture.given(providerAsked())
                .when(new TellRequesterOfPreservation(REQUEST, "preserved", OFFICER, at(50)))
                .expectException(PreservationRuleViolation.class).expectNoEvents();
        fixture.given(providerAsked())
                .when(new RecordProviderAnswer(REQUEST, true, null, null, null, OFFICER, at(50)))
                .expectException(PreservationRuleViolation.class).expectNoEvents();
    }

    @Test
    void preservationNotAvailableEndsInAnOfferOfUrgentMutualLegalAssistance() {
        fixture.given(providerAsked())
                .when(new RecordProviderAnswer(REQUEST, false, null, " ", null, OFFICER, at(90)))
                .expectException(PreservationRuleViolation.class).expectNoEvents();
        Object[] unavailable = append(providerAsked(),
                new PreservationClockStopped(REQUEST, REFERRAL, Step.PROVIDER_ANSWER, at(90), false),
                new PreservationUnavailable(REQUEST, REFERRAL, PROVIDER, "logs kept 7 days only; deleted", null, OFFICER, at(90)),
                started(Step.REQUESTER_ANSWER, at(90)));
        fixture.given(providerAsked())
                .when(new RecordProviderAnswer(REQUEST, false, null, "logs kept 7 days only; deleted", null, OFFICER, at(90)))
                .expectEvents(unavailable[8], unavailable[9], unavailable[10]);
        fixture.given(unavailable)
                .when(new TellRequesterOfPreservation(REQUEST, "preserved", OFFICER, at(100)))
                .expectException(PreservationRuleViolation.class).expectNoEvents();
        fixture.given(unavailable)
                .when(new OfferUrgentMla(REQUEST, "send an urgent MLA request to the Prosecutor's Office", OFFICER, at(100)))
                .expectEvents(new PreservationClockStopped(REQUEST, REFERRAL, Step.REQUESTER_ANSWER, at(100), false),
                        new UrgentMlaOffered(REQUEST, REFERRAL, GERMANY,
                                "send an urgent MLA request to the Prosecutor's Office", OFFICER, at(100)));
    }

    @Test
    void aMissedClockIsRecordedAsThePlatformsActAndALateStepSaysItWasLate() {
        fixture.givenCommands(received(true),
                        new DecideDualCriminality(REQUEST, true, "extortion is an offence under CC 255", OFFICER, at(30)),
                        new AskProviderToPreserve(REQUEST, OFFICER, at(40)))
                .whenTimeAdvancesTo(at(40).plus(Duration.ofHours(24)))
                .expectEvents(new PreservationClockMissed(REQUEST, REFERRAL, Step.PROVIDER_ANSWER, at(40).plus(Duration.ofHours(24))));
        LocalDate until = LocalDate.of(2027, 2, 26);
        fixture.given(append(providerAsked(),
                        new PreservationClockMissed(REQUEST, REFERRAL, Step.PROVIDER_ANSWER, at(40).plus(Duration.ofHours(24)))))
                .when(new RecordProviderAnswer(REQUEST, true, until, null, null, OFFICER, at(40).plus(Duration.ofHours(30))))
                .expectEvents(new PreservationClockStopped(REQUEST, REFERRAL, Step.PROVIDER_ANSWER, at(40).plus(Duration.ofHours(30)), true),
                        new DataPreserved(REQUEST, REFERRAL, PROVIDER, until, null, OFFICER, at(40).plus(Duration.ofHours(30))),
                        started(Step.REQUESTER_ANSWER, at(40).plus(Duration.ofHours(30))));
    }

    @Test
    void aGeorgianInvestigatorsRequestIsNotConfirmedByEMail() {
        fixture.givenNoPriorActivity()
                .when(new RecordPreservationRequest(REQUEST, null, Origin.GEORGIAN_INVESTIGATOR, "MIA-D-BATUMI", null,
                        true, "grooming", PROVIDER, DATA, OFFICER, T0))
                .expectException(PreservationRuleViolation.class).expectNoEvents();
    }

    static Object[] append(Object[] given, Object... more) {
        Object[] all = java.util.Arrays.copyOf(given, given.length + more.length);
        System.arraycopy(more, 0, all, given.length, more.length);
        return all;
    }
}
