package ge.mimartva.referral.api;

import ge.mimartva.referral.api.ReferralActions.PlanTask;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/referrals/{id}}: a referral as the caller may see it. The reporting institution (and the police
 * alerted to it) see what was reported, how far it has come ({@code progress}) and, once the case is closed, the
 * short {@code outcome} feedback: nothing of the case itself. The agency staff of the owning unit (and auditors) also
 * see the lifecycle {@code status}, the {@code caseFile} and the {@code version} their actions must name; the police
 * who may read the referral see the {@code version} too (their report, a separation's enforcement).
 */
public record ReferralDetails(String referralId, Progress progress, ReferralStatus status, String reportingBody,
                              String filedBy, Instant filedAt, ChildDetails child, List<Concern> concerns,
                              String description, boolean immediateDanger, Boolean otherChildrenAtRisk,
                              AllegedAbuser allegedAbuser, OnlineElement onlineElement, CaseFile caseFile,
                              ReporterFeedback outcome, Long version) {

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
                           String childSubjectId, Proceedings proceedings) {
    }

    /**
     * The steps of the other bodies and of the child in the proceedings: the child's last interview and representative
     * (L 17(3)), the police district asked for a restraining order (L 11(1)), the separation's enforcement, its
     * disobedience and the weapons order that followed (L 14(2), 10(4), 16(3)(i)), the police report (L 16(4)), the
     * institutions that had known of the abuse and did not refer it (L 14¹(2)).
     */
    public record Proceedings(Instant lastChildInterviewAt, ChildRepresentative childRepresentative,
                              String restrainingOrderRequestedFrom, Boolean separationEnforced, int separationDisobeyed,
                              LocalDate weaponsRestrictedUntil, Instant policeReportSubmittedAt,
                              List<String> failedToRefer) {
    }

    /** The latest run of a statutory clock: the rule version that set it, when it is due, and how it ended. */
    public record ClockView(String ruleVersion, String legalBasis, Instant startedAt, Instant dueAt, String state) {
    }
}
