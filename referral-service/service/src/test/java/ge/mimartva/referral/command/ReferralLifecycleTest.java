package ge.mimartva.referral.command;

import ge.mimartva.referral.api.AssessmentOutcome;
import ge.mimartva.referral.api.ClosureReason;
import ge.mimartva.referral.api.ReporterFeedback;
import ge.mimartva.referral.api.SafetyMeasure;
import ge.mimartva.referral.api.StatutoryClock;
import ge.mimartva.referral.api.Urgency;
import ge.mimartva.referral.command.ReferralCommands.AcceptTransfer;
import ge.mimartva.referral.command.ReferralCommands.ApproveClosure;
import ge.mimartva.referral.command.ReferralCommands.AssignCase;
import ge.mimartva.referral.command.ReferralCommands.CompleteAssessment;
import ge.mimartva.referral.command.ReferralCommands.DecideSafety;
import ge.mimartva.referral.command.ReferralCommands.HoldCaseConference;
import ge.mimartva.referral.command.ReferralCommands.LinkAdditionalReferral;
import ge.mimartva.referral.command.ReferralCommands.OpenCase;
import ge.mimartva.referral.command.ReferralCommands.RecordFirstContact;
import ge.mimartva.referral.command.ReferralCommands.RecordMonitoringReview;
import ge.mimartva.referral.command.ReferralCommands.RecordSeparationAppeal;
import ge.mimartva.referral.api.ChildRepresentative;
import ge.mimartva.referral.api.InterviewAttendee;
import ge.mimartva.referral.command.ReferralCommands.AssignChildRepresentative;
import ge.mimartva.referral.command.ReferralCommands.RecordChildInterview;
import ge.mimartva.referral.command.ReferralCommands.RedirectReferral;
import ge.mimartva.referral.command.ReferralCommands.SubmitPoliceReport;
import ge.mimartva.referral.command.ReferralCommands.RecordFailureToRefer;
import ge.mimartva.referral.command.ReferralEvents.FailureToReferRecorded;
import ge.mimartva.referral.command.ReferralCommands.RestrictWeaponsRights;
import ge.mimartva.referral.command.ReferralCommands.RecordSeparationDisobeyed;
import ge.mimartva.referral.command.ReferralCommands.RecordSeparationEnforcement;
import ge.mimartva.referral.command.ReferralEvents.ChildInterviewRecorded;
import ge.mimartva.referral.command.ReferralEvents.ChildRepresentativeAssigned;
import ge.mimartva.referral.command.ReferralCommands.RejectClosure;
import ge.mimartva.referral.command.ReferralCommands.RejectTransfer;
import ge.mimartva.referral.command.ReferralCommands.ReopenCase;
import ge.mimartva.referral.command.ReferralCommands.RequestClosure;
import ge.mimartva.referral.command.ReferralCommands.RequestTransfer;
import ge.mimartva.referral.command.ReferralCommands.TriageReferral;
import ge.mimartva.referral.command.ReferralEvents.AdditionalReferralLinked;
import ge.mimartva.referral.command.ReferralEvents.AssessmentCompleted;
import ge.mimartva.referral.command.ReferralEvents.CaseAssigned;
import ge.mimartva.referral.command.ReferralEvents.CaseClosed;
import ge.mimartva.referral.command.ReferralEvents.CaseConferenceHeld;
import ge.mimartva.referral.command.ReferralEvents.CaseReopened;
import ge.mimartva.referral.command.ReferralEvents.ClosureRejected;
import ge.mimartva.referral.command.ReferralEvents.ClosureRequested;
import ge.mimartva.referral.command.ReferralEvents.FirstContactMade;
import ge.mimartva.referral.command.ReferralEvents.MonitoringReviewRecorded;
import ge.mimartva.referral.command.ReferralEvents.PoliceEnforcementRequested;
import ge.mimartva.referral.command.ReferralEvents.ReferralLinkedToCase;
import ge.mimartva.referral.command.ReferralEvents.ReferralRedirected;
import ge.mimartva.referral.command.ReferralEvents.ReferralRegistered;
import ge.mimartva.referral.command.ReferralEvents.SafetyDecisionMade;
import ge.mimartva.referral.command.ReferralEvents.SeparationAppealed;
import ge.mimartva.referral.command.ReferralEvents.PoliceReportSubmitted;
import ge.mimartva.referral.command.ReferralEvents.WeaponsRightsRestricted;
import ge.mimartva.referral.command.ReferralEvents.SeparationDisobeyed;
import ge.mimartva.referral.command.ReferralEvents.SeparationEnforcementRecorded;
import ge.mimartva.referral.command.ReferralEvents.TransferAccepted;
import ge.mimartva.referral.command.ReferralEvents.TransferRejected;
import ge.mimartva.referral.command.ReferralEvents.TransferRequested;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static ge.mimartva.referral.command.ReferralHistory.AT;
import static ge.mimartva.referral.command.ReferralHistory.NOW;
import static ge.mimartva.referral.command.ReferralHistory.PLAN;
import static ge.mimartva.referral.command.ReferralHistory.PLANNED;
import static ge.mimartva.referral.command.ReferralHistory.POLICE;
import static ge.mimartva.referral.command.ReferralHistory.POLICY;
import static ge.mimartva.referral.command.ReferralHistory.REFERRAL;
import static ge.mimartva.referral.command.ReferralHistory.SCHOOL;
import static ge.mimartva.referral.command.ReferralHistory.SUPERVISOR;
import static ge.mimartva.referral.command.ReferralHistory.UNIT;
import static ge.mimartva.referral.command.ReferralHistory.WORKER;
import static ge.mimartva.referral.command.ReferralHistory.assessed;
import static ge.mimartva.referral.command.ReferralHistory.assigned;
import static ge.mimartva.referral.command.ReferralHistory.closed;
import static ge.mimartva.referral.command.ReferralHistory.closurePending;
import static ge.mimartva.referral.command.ReferralHistory.filed;
import static ge.mimartva.referral.command.ReferralHistory.inIntervention;
import static ge.mimartva.referral.command.ReferralHistory.registered;
import static ge.mimartva.referral.command.ReferralHistory.separationDecided;
import static ge.mimartva.referral.command.ReferralHistory.started;
import static ge.mimartva.referral.command.ReferralHistory.stopped;
import static ge.mimartva.referral.command.ReferralHistory.underAssessment;
import static java.time.Duration.ofHours;

/**
 * The lifecycle of the 2016 procedures (domain brief §3), one rule per test: each transition from the state it
 * starts in, and each forbidden transition refused with nothing recorded. Versions are left out of the commands
 * (null: no version check); {@link ReferralTest} covers the version check.
 */
class ReferralLifecycleTest {

    private static final String OTHER_UNIT = "SCA-TU-BATUMI";
    private static final String WHY = "reason";
    private static final String PLACEMENT = "PP-SFH-TBILISI-01";
    private static final String KINDERGARTEN = "PRE-TBILISI-VAKE-012";
    private static final String KNEW = "the teacher saw the bruises in October and told the head, who did not refer";

    private AggregateTestFixture<Referral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerInjectableResource(POLICY);
    }

    private void refused(List<Object> history, Object command) {
        fixture.given(history).when(command).expectException(ReferralRuleViolation.class).expectNoEvents();
    }

    private static RecordFailureToRefer failureToRefer(String body, LocalDate knownSince) {
        return new RecordFailureToRefer(REFERRAL, null, body, "MES-GEO", knownSince, KNEW, WORKER, AT);
    }

    private static List<Object> plus(List<Object> history, Object... more) {
        List<Object> h = new ArrayList<>(history);
        h.addAll(List.of(more));
        return h;
    }

    @Nested
    class RegistrationAndTriage {

        @Test
        void aFiledReferralIsRegisteredWithItsUrgency() {
            fixture.given(filed(false))
                    .when(new TriageReferral(REFERRAL, null, Urgency.STANDARD, null, WORKER, AT))
                    .expectEvents(new ReferralRegistered(REFERRAL, UNIT, Urgency.STANDARD, AT));
        }

        @Test
        void anUrgentTriageRestartsTheAssignmentClockFromFilingWithTheShorterDuration() {
            fixture.given(filed(false))
                    .when(new TriageReferral(REFERRAL, null, Urgency.URGENT, null, WORKER, AT))
                    .expectEvents(new ReferralRegistered(REFERRAL, UNIT, Urgency.URGENT, AT),
                            stopped(StatutoryClock.T_ASSIGN, 1, AT),
                            started(StatutoryClock.T_ASSIGN, 2, Urgency.URGENT, NOW, AT))
                    .expectScheduledDeadline(NOW.plus(ofHours(1)),
                            new ClockDue("T_ASSIGN#2", StatutoryClock.T_ASSIGN, "T_ASSIGN/2016-437/a1"));
        }

        @Test
        void aReferralOfAChildWithAnOpenCaseJoinsThatCaseInsteadOfOpeningAnother() {
            fixture.given(filed(false))
                    .when(new TriageReferral(REFERRAL, null, Urgency.STANDARD,
                            new OpenCase("case-1", ChildMatch.PERSONAL_NUMBER), WORKER, AT))
                    .expectEvents(new ReferralLinkedToCase(REFERRAL, "case-1", ChildMatch.PERSONAL_NUMBER, AT),
                            stopped(StatutoryClock.T_ASSIGN, 1, AT));
        }

        @Test
        void theCaseRecordsEachLinkedReferralOnce() {
            fixture.given(plus(registered(), new AdditionalReferralLinked(REFERRAL, "r-2", AT)))
                    .when(new LinkAdditionalReferral(REFERRAL, "r-2", AT))
                    .expectNoEvents();
        }

        @Test
        void theCaseRecordsALinkedReferral() {
            fixture.given(registered())
                    .when(new LinkAdditionalReferral(REFERRAL, "r-2", AT))
                    .expectEvents(new AdditionalReferralLinked(REFERRAL, "r-2", AT));
        }

        @Test
        void aReferralIsTriagedOnlyOnce() {
            refused(registered(), new TriageReferral(REFERRAL, null, Urgency.STANDARD, null, WORKER, AT));
        }

        @Test
        void anOutOfScopeReferralIsClosedAndRedirectedWithFeedbackToTheReporter() {
            fixture.given(filed(false))
                    .when(new RedirectReferral(REFERRAL, null, "MOES-RESOURCE-OFFICERS", "bullying between pupils", SUPERVISOR, AT))
                    .expectEvents(new ReferralRedirected(REFERRAL, "MOES-RESOURCE-OFFICERS", "bullying between pupils", AT),
                            stopped(StatutoryClock.T_ASSIGN, 1, AT),
                            new CaseClosed(REFERRAL, UNIT, ClosureReason.OUT_OF_SCOPE, SUPERVISOR, SUPERVISOR, SCHOOL,
                                    List.of(), new ReporterFeedback(ReporterFeedback.Outcome.REDIRECTED, AT,
                                    "MOES-RESOURCE-OFFICERS"), AT));
        }

        /** L 14¹(2): the case shows that a kindergarten had known and did not refer; its supervising body is told. */
        @Test
        void aFailureToReferOfAnInstitutionThatHadKnownIsRecordedForItsSupervisingBody() {
            fixture.given(filed(false))
                    .when(failureToRefer(KINDERGARTEN, LocalDate.of(2026, 10, 1)))
                    .expectEvents(new FailureToReferRecorded(REFERRAL, KINDERGARTEN, "MES-GEO", LocalDate.of(2026, 10, 1),
                            KNEW, WORKER, AT));
        }

        @Test
        void theInstitutionThatFiledTheReferralDidNotFailToReferIt() {
            refused(registered(), failureToRefer(SCHOOL, LocalDate.of(2026, 10, 1)));
        }

        @Test
        void aFailureToReferIsOfWhatWasKnownBeforeTheReferral() {
            refused(registered(), failureToRefer(KINDERGARTEN, LocalDate.of(2026, 11, 24)));
        }

        @Test
        void aFailureToReferNeedsTheBodyTheInstitutionAnswersTo() {
            refused(registered(), new RecordFailureToRefer(REFERRAL, null, "HOT-1505", null, LocalDate.of(2026, 10, 1),
                    KNEW, WORKER, AT));
        }

        @Test
        void anInstitutionsFailureToReferIsRecordedOnce() {
            fixture.given(plus(registered(), new FailureToReferRecorded(REFERRAL, KINDERGARTEN, "MES-GEO",
                            LocalDate.of(2026, 10, 1), KNEW, WORKER, AT)))
                    .when(failureToRefer(KINDERGARTEN, LocalDate.of(2026, 9, 1)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aFailureToReferIsNotRecordedOnAClosedCase() {
            refused(closed(), failureToRefer(KINDERGARTEN, LocalDate.of(2026, 10, 1)));
        }

        @Test
        void anAssignedCaseIsNotRedirected() {
            refused(assigned(), new RedirectReferral(REFERRAL, null, "X", WHY, SUPERVISOR, AT));
        }
    }

    @Nested
    class AssignmentAndAssessment {

        @Test
        void assignmentStopsTheAssignmentClockAndStartsFirstContactAndAssessmentClocks() {
            fixture.given(registered())
                    .when(new AssignCase(REFERRAL, null, "sw.vake", SUPERVISOR, AT))
                    .expectEvents(new CaseAssigned(REFERRAL, UNIT, "sw.vake", SUPERVISOR, AT),
                            stopped(StatutoryClock.T_ASSIGN, 1, AT),
                            started(StatutoryClock.T_FIRST_CONTACT, 2, Urgency.STANDARD, AT, AT),
                            started(StatutoryClock.T_ASSESSMENT, 3, Urgency.STANDARD, AT, AT))
                    .expectScheduledDeadline(AT.plus(ofHours(72)),
                            new ClockDue("T_FIRST_CONTACT#2", StatutoryClock.T_FIRST_CONTACT, "T_FIRST_CONTACT/2016-437/a1"));
        }

        @Test
        void aLateAssignmentIsRecordedAsHavingMissedItsClock() {
            var late = NOW.plus(ofHours(4));
            fixture.given(registered())
                    .when(new AssignCase(REFERRAL, null, "sw.vake", SUPERVISOR, late))
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.listWithAnyOf(
                                    org.hamcrest.Matchers.equalTo(new ReferralEvents.StatutoryClockStopped(REFERRAL,
                                            "T_ASSIGN#1", StatutoryClock.T_ASSIGN, late, false)))));
        }

        @Test
        void aCaseIsReassignedWithoutRestartingItsClocks() {
            fixture.given(assigned())
                    .when(new AssignCase(REFERRAL, null, "sw2.vake", SUPERVISOR, AT))
                    .expectEvents(new CaseAssigned(REFERRAL, UNIT, "sw2.vake", SUPERVISOR, AT));
        }

        @Test
        void aFiledReferralIsNotAssignedBeforeRegistration() {
            refused(filed(false), new AssignCase(REFERRAL, null, "sw.vake", SUPERVISOR, AT));
        }

        @Test
        void firstContactStopsItsClock() {
            fixture.given(assigned())
                    .when(new RecordFirstContact(REFERRAL, null, AT, WORKER, AT))
                    .expectEvents(new FirstContactMade(REFERRAL, AT, AT), stopped(StatutoryClock.T_FIRST_CONTACT, 2, AT));
        }

        @Test
        void firstContactCannotPrecedeTheReferral() {
            refused(assigned(), new RecordFirstContact(REFERRAL, null, NOW.minusSeconds(60), WORKER, AT));
        }

        @Test
        void firstContactIsNotRecordedBeforeAssignment() {
            refused(registered(), new RecordFirstContact(REFERRAL, null, AT, WORKER, AT));
        }

        @Test
        void anAssessmentWithSupportOrRiskStartsTheConferenceClock() {
            fixture.given(underAssessment())
                    .when(new CompleteAssessment(REFERRAL, null, AssessmentOutcome.RISK_CONFIRMED, WORKER, AT))
                    .expectEvents(new AssessmentCompleted(REFERRAL, AssessmentOutcome.RISK_CONFIRMED, AT),
                            stopped(StatutoryClock.T_ASSESSMENT, 3, AT),
                            started(StatutoryClock.T_CONFERENCE, 4, Urgency.STANDARD, AT, AT));
        }

        @Test
        void anUnfoundedAssessmentStartsNoConferenceClock() {
            fixture.given(underAssessment())
                    .when(new CompleteAssessment(REFERRAL, null, AssessmentOutcome.UNFOUNDED, WORKER, AT))
                    .expectEvents(new AssessmentCompleted(REFERRAL, AssessmentOutcome.UNFOUNDED, AT),
                            stopped(StatutoryClock.T_ASSESSMENT, 3, AT));
        }

        @Test
        void noAssessmentWithoutFirstContactWithTheChild() {
            refused(assigned(), new CompleteAssessment(REFERRAL, null, AssessmentOutcome.SUPPORT_ONLY, WORKER, AT));
        }
    }

    @Nested
    class SafetyDecisionAndSeparation {

        private DecideSafety separation(String lessStringentFailBecause, String childOpinion) {
            return separation(lessStringentFailBecause, childOpinion, PLACEMENT);
        }

        private DecideSafety separation(String lessStringentFailBecause, String childOpinion, String placement) {
            return new DecideSafety(REFERRAL, null, Set.of(SafetyMeasure.SEPARATION), lessStringentFailBecause,
                    childOpinion, POLICE, placement, WORKER, AT);
        }

        @Test
        void separationRecordsWhyLessStringentMeasuresFailAndAsksThePoliceToEnforceIt() {
            fixture.given(assessed(AssessmentOutcome.RISK_CONFIRMED))
                    .when(separation("a safety plan failed twice", "heard; wants to stay with her grandmother"))
                    .expectEvents(new SafetyDecisionMade(REFERRAL, Set.of(SafetyMeasure.SEPARATION),
                                    "a safety plan failed twice", "heard; wants to stay with her grandmother", AT),
                            new PoliceEnforcementRequested(REFERRAL, "TBILISI-VAKE", POLICE, UNIT, AT, PLACEMENT));
        }

        /** L 14(1-2): the child is separated into someone's care; the decision names the placement provider. */
        @Test
        void separationWithoutWhereTheChildIsPlacedIsRefused() {
            refused(assessed(AssessmentOutcome.RISK_CONFIRMED), separation("a safety plan failed", "heard", null));
        }

        @Test
        void separationWithoutWhyLessStringentMeasuresFailIsRefused() {
            refused(assessed(AssessmentOutcome.RISK_CONFIRMED), separation(" ", "heard"));
        }

        @Test
        void separationWithoutTheChildsOpinionIsRefused() {
            refused(assessed(AssessmentOutcome.RISK_CONFIRMED), separation("a safety plan failed", null));
        }

        @Test
        void aSafetyPlanAtHomeNeedsNoSeparationReasons() {
            fixture.given(assessed(AssessmentOutcome.RISK_CONFIRMED))
                    .when(new DecideSafety(REFERRAL, null, Set.of(SafetyMeasure.SAFETY_PLAN_AT_HOME,
                            SafetyMeasure.VICTIM_STATUS_REQUEST), null, null, POLICE, null, WORKER, AT))
                    .expectEvents(new SafetyDecisionMade(REFERRAL, Set.of(SafetyMeasure.SAFETY_PLAN_AT_HOME,
                            SafetyMeasure.VICTIM_STATUS_REQUEST), null, null, AT));
        }

        @Test
        void noSafetyDecisionWithoutAConfirmedRisk() {
            refused(assessed(AssessmentOutcome.SUPPORT_ONLY), separation("why", "heard"));
        }

        @Test
        void noSafetyDecisionBeforeTheAssessment() {
            refused(underAssessment(), separation("why", "heard"));
        }

        @Test
        void anAppealIsRecordedAndTheSeparationStaysInForce() {
            fixture.given(separationDecided())
                    .when(new RecordSeparationAppeal(REFERRAL, null, "mother", LocalDate.of(2026, 11, 23), WORKER, AT))
                    .expectEvents(new SeparationAppealed(REFERRAL, "mother", LocalDate.of(2026, 11, 23), AT))
                    .expectState(referral -> {
                        // The case goes on as decided: the conference can still be held on the separation.
                    });
            fixture.given(plus(separationDecided(), new SeparationAppealed(REFERRAL, "mother", LocalDate.of(2026, 11, 23), AT)))
                    .when(new HoldCaseConference(REFERRAL, null, AT, List.of(UNIT), PLAN, WORKER, AT))
                    .expectSuccessfulHandlerExecution();
        }

        /** L 14(2): the police district asked to enforce the separation records that it did, or why not. */
        @Test
        void theEnforcingPoliceRecordThatTheyEnforcedTheSeparationOrWhyNot() {
            fixture.given(separationDecided())
                    .when(new RecordSeparationEnforcement(REFERRAL, null, POLICE, true, null, AT, "police-1", AT))
                    .expectEvents(new SeparationEnforcementRecorded(REFERRAL, POLICE, true, null, AT, AT));
            refused(separationDecided(), new RecordSeparationEnforcement(REFERRAL, null, POLICE, false, " ", AT, "police-1", AT));
            refused(separationDecided(), new RecordSeparationEnforcement(REFERRAL, null, "MIA-D-BATUMI", true, null, AT,
                    "police-2", AT));
            refused(assessed(AssessmentOutcome.RISK_CONFIRMED),
                    new RecordSeparationEnforcement(REFERRAL, null, POLICE, true, null, AT, "police-1", AT));
        }

        /** L 10(4), 16(3)(i), (3¹): disobedience reaches the police, who then restrict weapons rights for a month. */
        @Test
        void aDisobeyedSeparationLeadsToTheOneMonthWeaponsOrder() {
            fixture.given(separationDecided())
                    .when(new RecordSeparationDisobeyed(REFERRAL, null, AT, WORKER, AT))
                    .expectEvents(new SeparationDisobeyed(REFERRAL, "TBILISI-VAKE", POLICE, AT, AT));
            java.time.LocalDate today = ge.mimartva.reference.GeorgianTime.dateOf(AT);
            fixture.given(plus(separationDecided(), new SeparationDisobeyed(REFERRAL, "TBILISI-VAKE", POLICE, AT, AT)))
                    .when(new RestrictWeaponsRights(REFERRAL, null, POLICE, today.plusMonths(1), "police-1", AT))
                    .expectEvents(new WeaponsRightsRestricted(REFERRAL, "TBILISI-VAKE", POLICE, today.plusMonths(1), AT));
            refused(plus(separationDecided(), new SeparationDisobeyed(REFERRAL, "TBILISI-VAKE", POLICE, AT, AT)),
                    new RestrictWeaponsRights(REFERRAL, null, POLICE, today.plusMonths(1).plusDays(1), "police-1", AT));
            refused(separationDecided(), new RestrictWeaponsRights(REFERRAL, null, POLICE, today.plusDays(10), "police-1", AT));
        }

        /** L 16(4): the police report on the facts of violence goes to the supervising prosecutor. */
        @Test
        void thePoliceReportToTheProsecutorIsRecorded() {
            fixture.given(underAssessment())
                    .when(new SubmitPoliceReport(REFERRAL, null, POLICE, "MIA/R/2026/55", AT, "police-1", AT))
                    .expectEvents(new PoliceReportSubmitted(REFERRAL, POLICE, "MIA/R/2026/55", AT, AT));
            refused(underAssessment(), new SubmitPoliceReport(REFERRAL, null, POLICE, " ", AT, "police-1", AT));
        }

        @Test
        void noDisobedienceWithoutASeparation() {
            refused(assessed(AssessmentOutcome.RISK_CONFIRMED), new RecordSeparationDisobeyed(REFERRAL, null, AT, WORKER, AT));
        }

        @Test
        void noAppealWithoutASeparation() {
            refused(assessed(AssessmentOutcome.RISK_CONFIRMED),
                    new RecordSeparationAppeal(REFERRAL, null, "mother", LocalDate.of(2026, 11, 23), WORKER, AT));
        }
    }

    /** L 17(3): the child in the proceedings. */
    @Nested
    class TheChildInTheProceedings {

        private final Instant interviewed = AT.minus(java.time.Duration.ofMinutes(10));

        @Test
        void anInterviewIsRecordedWithWhoWasPresent() {
            fixture.given(underAssessment())
                    .when(new RecordChildInterview(REFERRAL, null, interviewed,
                            Set.of(InterviewAttendee.SOCIAL_WORKER, InterviewAttendee.PSYCHOLOGIST, InterviewAttendee.NON_ABUSIVE_PARENT),
                            Set.of(InterviewAttendee.POLICE_OFFICER), WORKER, AT))
                    .expectEvents(new ChildInterviewRecorded(REFERRAL, interviewed,
                            Set.of(InterviewAttendee.SOCIAL_WORKER, InterviewAttendee.PSYCHOLOGIST, InterviewAttendee.NON_ABUSIVE_PARENT),
                            Set.of(InterviewAttendee.POLICE_OFFICER), WORKER, AT));
        }

        @Test
        void aChildIsNotInterviewedInThePresenceOfTheAllegedAbusiveParent() {
            refused(underAssessment(), new RecordChildInterview(REFERRAL, null, interviewed,
                    Set.of(InterviewAttendee.POLICE_OFFICER, InterviewAttendee.ALLEGED_ABUSIVE_PARENT), Set.of(), WORKER, AT));
        }

        @Test
        void theInterviewReportIsNotGivenToTheAllegedAbuser() {
            refused(underAssessment(), new RecordChildInterview(REFERRAL, null, interviewed,
                    Set.of(InterviewAttendee.POLICE_OFFICER), Set.of(InterviewAttendee.ALLEGED_ABUSIVE_PARENT), WORKER, AT));
        }

        @Test
        void aRepresentativeIsAssigned() {
            fixture.given(underAssessment())
                    .when(new AssignChildRepresentative(REFERRAL, null, ChildRepresentative.ASSIGNED_BY_GUARDIANSHIP_BODY,
                            false, false, WORKER, AT))
                    .expectEvents(new ChildRepresentativeAssigned(REFERRAL, ChildRepresentative.ASSIGNED_BY_GUARDIANSHIP_BODY,
                            WORKER, AT));
        }

        @Test
        void theAllegedAbuserDoesNotRepresentTheChild() {
            refused(underAssessment(), new AssignChildRepresentative(REFERRAL, null, ChildRepresentative.NON_ABUSIVE_PARENT,
                    true, false, WORKER, AT));
        }

        @Test
        void aPersonWhoseImpartialityIsInDoubtDoesNotRepresentTheChild() {
            refused(underAssessment(), new AssignChildRepresentative(REFERRAL, null, ChildRepresentative.NON_ABUSIVE_PARENT,
                    false, true, WORKER, AT));
        }

        @Test
        void nothingIsRecordedOnAClosedCase() {
            refused(closed(), new RecordChildInterview(REFERRAL, null, interviewed, Set.of(InterviewAttendee.SOCIAL_WORKER),
                    Set.of(), WORKER, AT));
        }
    }

    @Nested
    class ConferencePlanAndMonitoring {

        @Test
        void theConferenceAgreesThePlanAndStartsTheReviewClock() {
            fixture.given(separationDecided())
                    .when(new HoldCaseConference(REFERRAL, null, AT, List.of(UNIT, SCHOOL), PLAN, WORKER, AT))
                    .expectEvents(new CaseConferenceHeld(REFERRAL, AT, List.of(UNIT, SCHOOL), PLANNED, AT),
                            stopped(StatutoryClock.T_CONFERENCE, 4, AT),
                            started(StatutoryClock.T_REVIEW, 5, Urgency.STANDARD, AT, AT));
        }

        @Test
        void aSupportOnlyCaseGoesToConferenceWithoutASafetyDecision() {
            fixture.given(assessed(AssessmentOutcome.SUPPORT_ONLY))
                    .when(new HoldCaseConference(REFERRAL, null, AT, List.of(UNIT), PLAN, WORKER, AT))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aConfirmedRiskNeedsASafetyDecisionBeforeTheConference() {
            refused(assessed(AssessmentOutcome.RISK_CONFIRMED),
                    new HoldCaseConference(REFERRAL, null, AT, List.of(UNIT), PLAN, WORKER, AT));
        }

        @Test
        void anUnfoundedCaseHasNoConference() {
            refused(assessed(AssessmentOutcome.UNFOUNDED),
                    new HoldCaseConference(REFERRAL, null, AT, List.of(UNIT), PLAN, WORKER, AT));
        }

        @Test
        void aPlanWithoutTasksIsRefused() {
            refused(separationDecided(), new HoldCaseConference(REFERRAL, null, AT, List.of(UNIT), List.of(), WORKER, AT));
        }

        @Test
        void aReviewRestartsTheReviewClock() {
            fixture.given(inIntervention())
                    .when(new RecordMonitoringReview(REFERRAL, null, true, WORKER, AT))
                    .expectEvents(new MonitoringReviewRecorded(REFERRAL, true, AT),
                            stopped(StatutoryClock.T_REVIEW, 5, AT),
                            started(StatutoryClock.T_REVIEW, 6, Urgency.STANDARD, AT, AT));
        }

        @Test
        void noReviewBeforeThePlan() {
            refused(separationDecided(), new RecordMonitoringReview(REFERRAL, null, true, WORKER, AT));
        }
    }

    @Nested
    class ClosureAndReopening {

        @Test
        void closureIsRequestedWithAReasonOfTheList() {
            fixture.given(inIntervention())
                    .when(new RequestClosure(REFERRAL, null, ClosureReason.RISK_REMOVED, WORKER, AT))
                    .expectEvents(new ClosureRequested(REFERRAL, UNIT, ClosureReason.RISK_REMOVED, WORKER, AT));
        }

        @Test
        void closureWithoutAReasonIsRefused() {
            refused(inIntervention(), new RequestClosure(REFERRAL, null, null, WORKER, AT));
        }

        @Test
        void outOfScopeIsNotAClosureReasonForAnAcceptedCase() {
            refused(inIntervention(), new RequestClosure(REFERRAL, null, ClosureReason.OUT_OF_SCOPE, WORKER, AT));
        }

        @Test
        void unfoundedNeedsAnAssessmentThatFoundItUnfounded() {
            refused(assigned(), new RequestClosure(REFERRAL, null, ClosureReason.UNFOUNDED, WORKER, AT));
        }

        @Test
        void anUnfoundedAssessmentLetsTheCaseCloseAsUnfounded() {
            fixture.given(assessed(AssessmentOutcome.UNFOUNDED))
                    .when(new RequestClosure(REFERRAL, null, ClosureReason.UNFOUNDED, WORKER, AT))
                    .expectEvents(new ClosureRequested(REFERRAL, UNIT, ClosureReason.UNFOUNDED, WORKER, AT));
        }

        @Test
        void aSupervisorApprovesTheClosureAndTheReporterGetsShortFeedback() {
            fixture.given(closurePending(ClosureReason.RISK_REMOVED))
                    .when(new ApproveClosure(REFERRAL, null, SUPERVISOR, AT))
                    .expectEvents(stopped(StatutoryClock.T_REVIEW, 5, AT),
                            new CaseClosed(REFERRAL, UNIT, ClosureReason.RISK_REMOVED, WORKER, SUPERVISOR, SCHOOL,
                                    List.of(), new ReporterFeedback(ReporterFeedback.Outcome.ASSESSED_AND_ACTED, AT, null), AT));
        }

        @Test
        void theReportersOfLinkedReferralsAreNamedOnClosure() {
            fixture.given(plus(closurePending(ClosureReason.DEATH), new AdditionalReferralLinked(REFERRAL, "r-2", AT)))
                    .when(new ApproveClosure(REFERRAL, null, SUPERVISOR, AT))
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.listWithAnyOf(org.hamcrest.Matchers.equalTo(
                                    new CaseClosed(REFERRAL, UNIT, ClosureReason.DEATH, WORKER, SUPERVISOR, SCHOOL,
                                            List.of("r-2"), new ReporterFeedback(ReporterFeedback.Outcome.CASE_ENDED, AT, null), AT)))));
        }

        @Test
        void whoRequestedTheClosureDoesNotApproveIt() {
            refused(closurePending(ClosureReason.RISK_REMOVED), new ApproveClosure(REFERRAL, null, WORKER, AT));
        }

        @Test
        void anOpenCaseIsNotClosedWithoutARequest() {
            refused(inIntervention(), new ApproveClosure(REFERRAL, null, SUPERVISOR, AT));
        }

        @Test
        void aRejectedClosureReturnsTheCaseToWhereItWas() {
            fixture.given(closurePending(ClosureReason.RISK_REMOVED))
                    .when(new RejectClosure(REFERRAL, null, "review the school's observations first", SUPERVISOR, AT))
                    .expectEvents(new ClosureRejected(REFERRAL, SUPERVISOR, "review the school's observations first", AT));
            fixture.given(plus(closurePending(ClosureReason.RISK_REMOVED), new ClosureRejected(REFERRAL, SUPERVISOR, WHY, AT)))
                    .when(new RecordMonitoringReview(REFERRAL, null, false, WORKER, AT))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aRejectedClosureSaysWhy() {
            refused(closurePending(ClosureReason.RISK_REMOVED), new RejectClosure(REFERRAL, null, "", SUPERVISOR, AT));
        }

        @Test
        void aClosedCaseTakesNoFurtherSteps() {
            refused(closed(), new RecordMonitoringReview(REFERRAL, null, true, WORKER, AT));
            refused(closed(), new RequestClosure(REFERRAL, null, ClosureReason.RISK_REMOVED, WORKER, AT));
        }

        @Test
        void aClosedCaseIsReopenedForAFreshAssessment() {
            fixture.given(closed())
                    .when(new ReopenCase(REFERRAL, null, "new report from the school", WORKER, AT))
                    .expectEvents(new CaseReopened(REFERRAL, UNIT, SCHOOL, "new report from the school", AT),
                            started(StatutoryClock.T_ASSESSMENT, 6, Urgency.STANDARD, AT, AT));
        }

        @Test
        void onlyAClosedCaseIsReopened() {
            refused(inIntervention(), new ReopenCase(REFERRAL, null, WHY, WORKER, AT));
        }
    }

    @Nested
    class Transfer {

        private final List<Object> requested = plus(assigned(),
                new TransferRequested(REFERRAL, UNIT, OTHER_UNIT, "family moved to Batumi", AT),
                started(StatutoryClock.T_TRANSFER_ANSWER, 4, Urgency.STANDARD, AT, AT));

        @Test
        void aTransferIsRequestedAndTheReceivingUnitsClockStarts() {
            fixture.given(assigned())
                    .when(new RequestTransfer(REFERRAL, null, OTHER_UNIT, "family moved to Batumi", WORKER, AT))
                    .expectEvents(new TransferRequested(REFERRAL, UNIT, OTHER_UNIT, "family moved to Batumi", AT),
                            started(StatutoryClock.T_TRANSFER_ANSWER, 4, Urgency.STANDARD, AT, AT));
        }

        @Test
        void aCaseIsNotTransferredToItsOwnUnit() {
            refused(assigned(), new RequestTransfer(REFERRAL, null, UNIT, WHY, WORKER, AT));
        }

        @Test
        void oneTransferRequestAtATime() {
            refused(requested, new RequestTransfer(REFERRAL, null, "SCA-TU-KUTAISI", WHY, WORKER, AT));
        }

        @Test
        void ownershipChangesWhenTheReceivingUnitAccepts() {
            fixture.given(requested)
                    .when(new AcceptTransfer(REFERRAL, null, "sw-batumi", AT))
                    .expectEvents(new TransferAccepted(REFERRAL, UNIT, OTHER_UNIT, AT),
                            stopped(StatutoryClock.T_TRANSFER_ANSWER, 4, AT));
        }

        @Test
        void ownershipStaysWhenTheReceivingUnitRejectsWithAReason() {
            fixture.given(requested)
                    .when(new RejectTransfer(REFERRAL, null, "the family still lives in Vake", "sw-batumi", AT))
                    .expectEvents(new TransferRejected(REFERRAL, UNIT, OTHER_UNIT, "the family still lives in Vake", AT),
                            stopped(StatutoryClock.T_TRANSFER_ANSWER, 4, AT));
        }

        @Test
        void aRejectionWithoutAReasonIsRefused() {
            refused(requested, new RejectTransfer(REFERRAL, null, null, "sw-batumi", AT));
        }

        @Test
        void thereIsNothingToAcceptWithoutARequest() {
            refused(assigned(), new AcceptTransfer(REFERRAL, null, "sw-batumi", AT));
        }

        @Test
        void aCaseAwaitingATransferAnswerIsNotClosed() {
            refused(requested, new RequestClosure(REFERRAL, null, ClosureReason.RISK_REMOVED, WORKER, AT));
        }
    }
}
