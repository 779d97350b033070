package ge.mimartva.referral.command;

import ge.mimartva.referral.api.AssessmentOutcome;
import ge.mimartva.referral.api.ClosureReason;
import ge.mimartva.referral.api.SafetyMeasure;
import ge.mimartva.referral.api.StatutoryClock;
import ge.mimartva.referral.api.Urgency;
import ge.mimartva.referral.command.ReferralCommands.AcceptTransfer;
import ge.mimartva.referral.command.ReferralCommands.ApproveClosure;
import ge.mimartva.referral.command.ReferralCommands.AssignCase;
import ge.mimartva.referral.command.ReferralCommands.CompleteAssessment;
import ge.mimartva.referral.command.ReferralCommands.DecideSafety;
import ge.mimartva.referral.command.ReferralCommands.HoldCaseConference;
import ge.mimartva.referral.command.ReferralCommands.RecordFirstContact;
import ge.mimartva.referral.command.ReferralCommands.RecordMonitoringReview;
import ge.mimartva.referral.command.ReferralCommands.RecordSeparationAppeal;
import ge.mimartva.referral.command.ReferralCommands.RedirectReferral;
import ge.mimartva.referral.command.ReferralCommands.RejectClosure;
import ge.mimartva.referral.command.ReferralCommands.RejectTransfer;
import ge.mimartva.referral.command.ReferralCommands.ReopenCase;
import ge.mimartva.referral.command.ReferralCommands.RequestClosure;
import ge.mimartva.referral.command.ReferralCommands.RequestTransfer;
import ge.mimartva.referral.command.ReferralCommands.TriageReferral;
import ge.mimartva.referral.command.ReferralEvents.ReferralLinkedToCase;
import ge.mimartva.referral.command.ReferralEvents.TransferRequested;
import ge.mimartva.referral.command.ReferralLifecycle.Action;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static ge.mimartva.referral.command.ReferralHistory.AT;
import static org.assertj.core.api.Assertions.assertThat;
import static ge.mimartva.referral.command.ReferralHistory.PLAN;
import static ge.mimartva.referral.command.ReferralHistory.POLICE;
import static ge.mimartva.referral.command.ReferralHistory.POLICY;
import static ge.mimartva.referral.command.ReferralHistory.REFERRAL;
import static ge.mimartva.referral.command.ReferralHistory.SUPERVISOR;
import static ge.mimartva.referral.command.ReferralHistory.UNIT;
import static ge.mimartva.referral.command.ReferralHistory.WORKER;
import static ge.mimartva.referral.command.ReferralHistory.started;
import static ge.mimartva.referral.command.ReferralHistory.stopped;

/**
 * The whole transition table: every lifecycle action from every state, allowed where §3 of the procedures allows it
 * and refused (nothing recorded) everywhere else. The rules behind each refusal have their own tests in
 * {@link ReferralLifecycleTest}. The same table checks {@link ReferralLifecycle}, the state machine the aggregate and the
 * read model share.
 */
class ReferralTransitionTableTest {

    /** The states, as the histories that lead to them. */
    private static final Map<String, Supplier<List<Object>>> STATES = new LinkedHashMap<>();
    /** The actions, with a payload valid in principle. */
    private static final Map<String, Object> ACTIONS = new LinkedHashMap<>();
    /** The actions as the lifecycle type names them. */
    private static final Map<String, Action> LIFECYCLE_ACTIONS = new LinkedHashMap<>();
    /** Where each action is allowed; everywhere else it is refused. */
    private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        STATES.put("FILED", () -> ReferralHistory.filed(false));
        STATES.put("REGISTERED", ReferralHistory::registered);
        STATES.put("LINKED", () -> with(ReferralHistory.filed(false),
                new ReferralLinkedToCase(REFERRAL, "case-1", ChildMatch.PERSONAL_NUMBER, AT), stopped(StatutoryClock.T_ASSIGN, 1, AT)));
        STATES.put("ASSIGNED", ReferralHistory::assigned);
        STATES.put("TRANSFER_PENDING", () -> with(ReferralHistory.assigned(),
                new TransferRequested(REFERRAL, UNIT, "SCA-TU-BATUMI", "moved", AT),
                started(StatutoryClock.T_TRANSFER_ANSWER, 4, Urgency.STANDARD, AT, AT)));
        STATES.put("UNDER_ASSESSMENT", ReferralHistory::underAssessment);
        STATES.put("ASSESSED_UNFOUNDED", () -> ReferralHistory.assessed(AssessmentOutcome.UNFOUNDED));
        STATES.put("ASSESSED_SUPPORT_ONLY", () -> ReferralHistory.assessed(AssessmentOutcome.SUPPORT_ONLY));
        STATES.put("ASSESSED_RISK_CONFIRMED", () -> ReferralHistory.assessed(AssessmentOutcome.RISK_CONFIRMED));
        STATES.put("SAFETY_DECIDED", ReferralHistory::separationDecided);
        STATES.put("IN_INTERVENTION", ReferralHistory::inIntervention);
        STATES.put("CLOSURE_PENDING", () -> ReferralHistory.closurePending(ClosureReason.RISK_REMOVED));
        STATES.put("CLOSED", ReferralHistory::closed);

        action("triage", Action.TRIAGE, new TriageReferral(REFERRAL, null, Urgency.STANDARD, null, WORKER, AT), "FILED");
        action("redirect", Action.REDIRECT, new RedirectReferral(REFERRAL, null, "X", "out of scope", SUPERVISOR, AT), "FILED", "REGISTERED");
        action("assign", Action.ASSIGN, new AssignCase(REFERRAL, null, "sw.vake", SUPERVISOR, AT), "REGISTERED", "ASSIGNED",
                "UNDER_ASSESSMENT", "ASSESSED_UNFOUNDED", "ASSESSED_SUPPORT_ONLY", "ASSESSED_RISK_CONFIRMED",
                "SAFETY_DECIDED", "IN_INTERVENTION");
        action("first-contact", Action.RECORD_FIRST_CONTACT, new RecordFirstContact(REFERRAL, null, AT, WORKER, AT), "ASSIGNED", "TRANSFER_PENDING");
        action("assess", Action.COMPLETE_ASSESSMENT, new CompleteAssessment(REFERRAL, null, AssessmentOutcome.SUPPORT_ONLY, WORKER, AT), "UNDER_ASSESSMENT");
        action("decide", Action.DECIDE_SAFETY, new DecideSafety(REFERRAL, null, Set.of(SafetyMeasure.SAFETY_PLAN_AT_HOME), null, null, POLICE, null,
                WORKER, AT), "ASSESSED_RISK_CONFIRMED", "SAFETY_DECIDED", "IN_INTERVENTION");
        action("appeals", Action.RECORD_SEPARATION_APPEAL, new RecordSeparationAppeal(REFERRAL, null, "mother", LocalDate.of(2026, 11, 23), WORKER, AT),
                "SAFETY_DECIDED", "IN_INTERVENTION", "CLOSURE_PENDING");
        action("conference", Action.HOLD_CASE_CONFERENCE, new HoldCaseConference(REFERRAL, null, AT, List.of(UNIT), PLAN, WORKER, AT),
                "ASSESSED_SUPPORT_ONLY", "SAFETY_DECIDED", "IN_INTERVENTION");
        action("reviews", Action.RECORD_MONITORING_REVIEW, new RecordMonitoringReview(REFERRAL, null, true, WORKER, AT), "IN_INTERVENTION");
        action("close", Action.REQUEST_CLOSURE, new RequestClosure(REFERRAL, null, ClosureReason.RISK_REMOVED, WORKER, AT), "REGISTERED",
                "ASSIGNED", "UNDER_ASSESSMENT", "ASSESSED_UNFOUNDED", "ASSESSED_SUPPORT_ONLY", "ASSESSED_RISK_CONFIRMED",
                "SAFETY_DECIDED", "IN_INTERVENTION");
        action("close/approve", Action.APPROVE_CLOSURE, new ApproveClosure(REFERRAL, null, SUPERVISOR, AT), "CLOSURE_PENDING");
        action("close/reject", Action.REJECT_CLOSURE, new RejectClosure(REFERRAL, null, "not yet", SUPERVISOR, AT), "CLOSURE_PENDING");
        action("reopen", Action.REOPEN, new ReopenCase(REFERRAL, null, "new report", WORKER, AT), "CLOSED");
        action("transfer", Action.REQUEST_TRANSFER, new RequestTransfer(REFERRAL, null, "SCA-TU-KUTAISI", "moved", WORKER, AT), "REGISTERED",
                "ASSIGNED", "UNDER_ASSESSMENT", "ASSESSED_UNFOUNDED", "ASSESSED_SUPPORT_ONLY", "ASSESSED_RISK_CONFIRMED",
                "SAFETY_DECIDED", "IN_INTERVENTION");
        action("transfer/accept", Action.ACCEPT_TRANSFER, new AcceptTransfer(REFERRAL, null, "sw-batumi", AT), "TRANSFER_PENDING");
        action("transfer/reject", Action.REJECT_TRANSFER, new RejectTransfer(REFERRAL, null, "still in Vake", "sw-batumi", AT), "TRANSFER_PENDING");
    }

    private static void action(String name, Action lifecycleAction, Object command, String... allowedIn) {
        LIFECYCLE_ACTIONS.put(name, lifecycleAction);
        ACTIONS.put(name, command);
        ALLOWED.put(name, Set.of(allowedIn));
    }

    private static List<Object> with(List<Object> history, Object... more) {
        List<Object> h = new ArrayList<>(history);
        h.addAll(List.of(more));
        return h;
    }

    static Stream<Arguments> everyActionInEveryState() {
        return ACTIONS.keySet().stream().flatMap(action -> STATES.keySet().stream().map(state ->
                Arguments.of(action, state, ALLOWED.get(action).contains(state))));
    }

    @ParameterizedTest(name = "{0} in {1}: allowed = {2}")
    @MethodSource("everyActionInEveryState")
    void theTransitionTableHolds(String action, String state, boolean allowed) {
        AggregateTestFixture<Referral> fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerInjectableResource(POLICY);
        var result = fixture.given(STATES.get(state).get()).when(ACTIONS.get(action));
        if (allowed) {
            result.expectSuccessfulHandlerExecution();
        } else {
            result.expectException(ReferralRuleViolation.class).expectNoEvents();
        }
    }

    /** The lifecycle type in main code is this table: folded through each state's history, it allows the same. */
    @ParameterizedTest(name = "the lifecycle: {0} in {1}: allowed = {2}")
    @MethodSource("everyActionInEveryState")
    void theLifecycleTypeIsTheTransitionTable(String action, String state, boolean allowed) {
        ReferralLifecycle lifecycle = ReferralLifecycle.filed();
        for (Object event : STATES.get(state).get()) {
            lifecycle = lifecycle.next(event);
        }
        assertThat(lifecycle.allows(LIFECYCLE_ACTIONS.get(action))).isEqualTo(allowed);
        assertThat(lifecycle.refusal(LIFECYCLE_ACTIONS.get(action)).isEmpty()).isEqualTo(allowed);
    }
}
