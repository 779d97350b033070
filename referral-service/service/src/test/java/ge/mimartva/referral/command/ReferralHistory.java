package ge.mimartva.referral.command;

import ge.mimartva.referral.api.AssessmentOutcome;
import ge.mimartva.referral.api.ClosureReason;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.ReferralActions.PlanTask;
import ge.mimartva.referral.api.ReporterFeedback;
import ge.mimartva.referral.api.SafetyMeasure;
import ge.mimartva.referral.api.StatutoryClock;
import ge.mimartva.referral.api.Urgency;
import ge.mimartva.referral.command.ReferralEvents.AssessmentCompleted;
import ge.mimartva.referral.command.ReferralEvents.CaseAssigned;
import ge.mimartva.referral.command.ReferralEvents.CaseClosed;
import ge.mimartva.referral.command.ReferralEvents.CaseConferenceHeld;
import ge.mimartva.referral.command.ReferralEvents.ClosureRequested;
import ge.mimartva.referral.command.ReferralEvents.FirstContactMade;
import ge.mimartva.referral.command.ReferralEvents.PlannedTask;
import ge.mimartva.referral.command.ReferralEvents.PoliceEnforcementRequested;
import ge.mimartva.referral.command.ReferralEvents.ReferralRegistered;
import ge.mimartva.referral.command.ReferralEvents.SafetyDecisionMade;
import ge.mimartva.referral.command.ReferralEvents.StatutoryClockStarted;
import ge.mimartva.referral.command.ReferralEvents.StatutoryClockStopped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Histories of a referral at each point of its lifecycle, as the given events of fixture tests. */
final class ReferralHistory {

    static final StatutoryClockPolicy POLICY = StatutoryClockPolicy.bundled();
    static final String REFERRAL = "r-1";
    static final String SCHOOL = "SCH-TBILISI-VAKE-051";
    static final String UNIT = "SCA-TU-TBILISI-VAKE-SABURTALO";
    static final String POLICE = "MIA-D-TBILISI-VAKE-SABURTALO";
    static final String WORKER = "sw-id";
    static final String SUPERVISOR = "supervisor-id";
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    /** When the actions of a test happen: half an hour after filing. */
    static final Instant AT = NOW.plus(Duration.ofMinutes(30));
    static final Child CHILD = new Child("ნინო", "ბერიძე", "01001012345", LocalDate.of(2015, 3, 14), null, "TBILISI-VAKE");
    static final List<PlanTask> PLAN = List.of(new PlanTask("SCH-TBILISI-VAKE-051", "daily check-in with the school psychologist",
            LocalDate.of(2026, 12, 15)));
    /** {@link #PLAN} as the conference records it. */
    static final List<PlannedTask> PLANNED = List.of(new PlannedTask("SCH-TBILISI-VAKE-051",
            "daily check-in with the school psychologist", LocalDate.of(2026, 12, 15)));

    private ReferralHistory() {
    }

    static StatutoryClockStarted started(StatutoryClock clock, int number, Urgency urgency, Instant from, Instant now) {
        StatutoryClockPolicy.ClockRule rule = POLICY.ruleFor(clock, urgency, now);
        return new StatutoryClockStarted(REFERRAL, clock.name() + "#" + number, clock, rule.version(), rule.legalBasis(),
                now, from.plus(rule.duration()));
    }

    static StatutoryClockStopped stopped(StatutoryClock clock, int number, Instant at) {
        return new StatutoryClockStopped(REFERRAL, clock.name() + "#" + number, clock, at, true);
    }

    static List<Object> filed(boolean immediateDanger) {
        Urgency urgency = immediateDanger ? Urgency.URGENT : Urgency.STANDARD;
        return new ArrayList<>(List.of(
                new ReferralFiled(REFERRAL, SCHOOL, "SCH", "reporter-id", CHILD, "subject-1", List.of(Concern.PHYSICAL),
                        "observed bruises", immediateDanger, null, null, null, UNIT, NOW),
                started(StatutoryClock.T_ASSIGN, 1, urgency, NOW, NOW)));
    }

    static List<Object> registered() {
        List<Object> h = filed(false);
        h.add(new ReferralRegistered(REFERRAL, UNIT, Urgency.STANDARD, AT));
        return h;
    }

    static List<Object> assigned() {
        List<Object> h = registered();
        h.addAll(List.of(new CaseAssigned(REFERRAL, UNIT, "sw.vake", SUPERVISOR, AT),
                stopped(StatutoryClock.T_ASSIGN, 1, AT),
                started(StatutoryClock.T_FIRST_CONTACT, 2, Urgency.STANDARD, AT, AT),
                started(StatutoryClock.T_ASSESSMENT, 3, Urgency.STANDARD, AT, AT)));
        return h;
    }

    static List<Object> underAssessment() {
        List<Object> h = assigned();
        h.addAll(List.of(new FirstContactMade(REFERRAL, AT, AT), stopped(StatutoryClock.T_FIRST_CONTACT, 2, AT)));
        return h;
    }

    static List<Object> assessed(AssessmentOutcome outcome) {
        List<Object> h = underAssessment();
        h.addAll(List.of(new AssessmentCompleted(REFERRAL, outcome, AT), stopped(StatutoryClock.T_ASSESSMENT, 3, AT)));
        if (outcome != AssessmentOutcome.UNFOUNDED) {
            h.add(started(StatutoryClock.T_CONFERENCE, 4, Urgency.STANDARD, AT, AT));
        }
        return h;
    }

    static List<Object> separationDecided() {
        List<Object> h = assessed(AssessmentOutcome.RISK_CONFIRMED);
        h.addAll(List.of(new SafetyDecisionMade(REFERRAL, Set.of(SafetyMeasure.SEPARATION), "a safety plan failed twice",
                        "the child asked to stay with her grandmother", AT),
                new PoliceEnforcementRequested(REFERRAL, "TBILISI-VAKE", POLICE, UNIT, AT, "PP-SFH-TBILISI-01")));
        return h;
    }

    static List<Object> inIntervention() {
        List<Object> h = separationDecided();
        h.addAll(List.of(new CaseConferenceHeld(REFERRAL, AT, List.of(UNIT, SCHOOL), PLANNED, AT),
                stopped(StatutoryClock.T_CONFERENCE, 4, AT),
                started(StatutoryClock.T_REVIEW, 5, Urgency.STANDARD, AT, AT)));
        return h;
    }

    static List<Object> closurePending(ClosureReason reason) {
        List<Object> h = inIntervention();
        h.add(new ClosureRequested(REFERRAL, UNIT, reason, WORKER, AT));
        return h;
    }

    static List<Object> closed() {
        List<Object> h = closurePending(ClosureReason.RISK_REMOVED);
        h.addAll(List.of(stopped(StatutoryClock.T_REVIEW, 5, AT),
                new CaseClosed(REFERRAL, UNIT, ClosureReason.RISK_REMOVED, WORKER, SUPERVISOR, SCHOOL, List.of(),
                        new ReporterFeedback(ReporterFeedback.Outcome.ASSESSED_AND_ACTED, AT, null), AT)));
        return h;
    }
}
