package ge.mimartva.referral.api;

import ge.mimartva.referral.api.ReferralActions.PlanTask;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/referrals/{id}}: a referral as the caller may see it. The reporting institution (and the police
 * alerted to it) see what was reported, how far it has come ({@code progress}) and, once the case is closed, the
 * short {@code outcome} feedback: nothing of the case itself. The agency staff of the owning unit (and auditors) also
 * see the lifecycle {@code status}, the {@code caseFile} and the {@code version} their actions must name.
 */
public record ReferralDetails(String referralId, Progress progress, ReferralStatus status, String reportingBody,
                              String filedBy, Instant filedAt, ChildDetails child, List<Concern> concerns,
                              String description, boolean immediateDanger, Boolean otherChildrenAtRisk,
                              AllegedAbuser allegedAbuser, CaseFile caseFile, ReporterFeedback outcome, Long version) {

    /** How far a referral has come, as its reporter may know it. */
    public enum Progress {
        RECEIVED, IN_PROGRESS, CLOSED
    }

    /**
     * The case as the agency manages it. {@code childSubjectId} is the child's pseudonymous data-subject id: what an
     * administrator names to erase the child's personal data.
     */
    public record CaseFile(String owningUnit, Urgency urgency, String socialWorker, AssessmentOutcome assessmentOutcome,
                           Set<SafetyMeasure> safetyMeasures, String policeEnforcementBy, int appeals,
                           Instant lastConferenceAt, List<PlanTask> planTasks, Instant lastReviewAt,
                           ClosureReason requestedClosureReason, ClosureReason closureReason,
                           String closureApprovedBy, String caseReferralId, List<String> linkedReferrals,
                           String pendingTransferTo, Map<StatutoryClock, ClockView> clocks,
                           String childSubjectId) {
    }

    /** The latest run of a statutory clock: the rule version that set it, when it is due, and how it ended. */
    public record ClockView(String ruleVersion, String legalBasis, Instant startedAt, Instant dueAt, String state) {
    }
}
