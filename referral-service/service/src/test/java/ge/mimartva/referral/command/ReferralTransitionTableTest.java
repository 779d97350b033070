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
 * {@link ReferralLifecycleTest}.
 */
class ReferralTransitionTableTest {

    /** The states, as the histories that lead to them. */
    private static final Map<String, Supplier<List<Object>>> STATES = new LinkedHashMap<>();
    /** The actions, with a payload valid in principle. */
    private static final Map<String, Object> ACTIONS = new LinkedHashMap<>();
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

        action("triage", new TriageReferral(REFERRAL, null, Urgency.STANDARD, null, WORKER, AT), "FILED");
        action("redirect", new RedirectReferral(REFERRAL, null, "X", "out of scope", SUPERVISOR, AT), "FILED", "REGISTERED");
        action("assign", new AssignCase(REFERRAL, null, "sw.vake", SUPERVISOR, AT), "REGISTERED", "ASSIGNED",
                "UNDER_ASSESSMENT", "ASSESSED_UNFOUNDED", "ASSESSED_SUPPORT_ONLY", "ASSESSED_RISK_CONFIRMED",
                "SAFETY_DECIDED", "IN_INTERVENTION");
        action("first-contact", new RecordFirstContact(REFERRAL, null, AT, WORKER, AT), "ASSIGNED", "TRANSFER_PENDING");
        action("assess", new CompleteAssessment(REFERRAL, null, AssessmentOutcome.SUPPORT_ONLY, WORKER, AT), "UNDER_ASSESSMENT");
        action("decide", new DecideSafety(REFERRAL, null, Set.of(SafetyMeasure.SAFETY_PLAN_AT_HOME), null, null, POLICE, null,
                WORKER, AT), "ASSESSED_RISK_CONFIRMED", "SAFETY_DECIDED", "IN_INTERVENTION");
        action("appeals", new RecordSeparationAppeal(REFERRAL, null, "mother", LocalDate.of(2026, 11, 23), WORKER, AT),
                "SAFETY_DECIDED", "IN_INTERVENTION", "CLOSURE_PENDING");
        action("conference", new HoldCaseConference(REFERRAL, null, AT, List.of(UNIT), PLAN, WORKER, AT),
                "ASSESSED_SUPPORT_ONLY", "SAFETY_DECIDED", "IN_INTERVENTION");
        action("reviews", new RecordMonitoringReview(REFERRAL, null, true, WORKER, AT), "IN_INTERVENTION");
        action("close", new RequestClosure(REFERRAL, null, ClosureReason.RISK_REMOVED, WORKER, AT), "REGISTERED",
                "ASSIGNED", "UNDER_ASSESSMENT", "ASSESSED_UNFOUNDED", "ASSESSED_SUPPORT_ONLY", "ASSESSED_RISK_CONFIRMED",
                "SAFETY_DECIDED", "IN_INTERVENTION");
        action("close/approve", new ApproveClosure(REFERRAL, null, SUPERVISOR, AT), "CLOSURE_PENDING");
        action("close/reject", new RejectClosure(REFERRAL, null, "not yet", SUPERVISOR, AT), "CLOSURE_PENDING");
        action("reopen", new ReopenCase(REFERRAL, null, "new report", WORKER, AT), "CLOSED");
        action("transfer", new RequestTransfer(REFERRAL, null, "SCA-TU-KUTAISI", "moved", WORKER, AT), "REGISTERED",
                "ASSIGNED", "UNDER_ASSESSMENT", "ASSESSED_UNFOUNDED", "ASSESSED_SUPPORT_ONLY", "ASSESSED_RISK_CONFIRMED",
                "SAFETY_DECIDED", "IN_INTERVENTION");
        action("transfer/accept", new AcceptTransfer(REFERRAL, null, "sw-batumi", AT), "TRANSFER_PENDING");
        action("transfer/reject", new RejectTransfer(REFERRAL, null, "still in Vake", "sw-batumi", AT), "TRANSFER_PENDING");
    }

    private static void action(String name, Object command, String... allowedIn) {
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
            result.expectException(ReferralRejected.class).expectNoEvents();
        }
    }
}
