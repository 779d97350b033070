package ge.mimartva.referral.query;

import ge.mimartva.referral.api.ChildRepresentative;
import ge.mimartva.referral.api.AllegedAbuser;
import ge.mimartva.referral.api.AssessmentOutcome;
import ge.mimartva.referral.api.ClosureReason;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.OnlineElement;
import ge.mimartva.referral.api.ReferralActions.PlanTask;
import ge.mimartva.referral.api.ReferralStatus;
import ge.mimartva.referral.api.ReporterFeedback;
import ge.mimartva.referral.api.SafetyMeasure;
import ge.mimartva.referral.api.StatutoryClock;
import ge.mimartva.referral.api.Urgency;
import ge.mimartva.referral.command.ReferralLifecycle;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read model of one referral and its case (collection {@code referrals}). {@code version} is the sequence number of
 * the last event applied: the version a user acts on, and the guard that makes every update apply once.
 */
@Document(ReferralDocument.COLLECTION)
public record ReferralDocument(@Id String referralId, ReferralStatus status, String reportingBody,
                               String reportingBodyType, String filedBy, Instant filedAt, String childFirstName,
                               String childLastName, String childPersonalNumber, LocalDate childDateOfBirth,
                               Integer childApproximateAge, String childSubjectId, String municipality,
                               List<Concern> concerns, String description, boolean immediateDanger,
                               Boolean otherChildrenAtRisk, AllegedAbuser allegedAbuser,
                               OnlineElement onlineElement, String owningUnit,
                               Urgency urgency, String socialWorker, AssessmentOutcome assessmentOutcome,
                               Set<SafetyMeasure> safetyMeasures, String policeEnforcementBy,
                               Instant policeReportSubmittedAt, Boolean separationEnforced, int separationDisobeyed, LocalDate weaponsRestrictedUntil,
                               String restrainingOrderRequestedFrom, int appeals,
                               Instant lastConferenceAt, List<PlanTask> planTasks, Instant lastReviewAt,
                               Instant lastChildInterviewAt, ChildRepresentative childRepresentative,
                               ClosureReason requestedClosureReason, ReferralStatus statusBeforeClosure,
                               ClosureReason closureReason,
                               String closureApprovedBy, ReporterFeedback reporterFeedback, String caseReferralId,
                               List<String> linkedReferrals, List<String> failedToRefer, String pendingTransferTo,
                               Map<StatutoryClock, Clock> clocks, long version) {

    public static final String COLLECTION = "referrals";

    /**
     * Where the referral stands in its lifecycle, from what the read model keeps: a separation was decided when the
     * police were asked to enforce one (never undone), a safety decision since the last assessment while safety
     * measures are listed (a reopened case clears them).
     */
    public ReferralLifecycle lifecycle() {
        return new ReferralLifecycle(status, assessmentOutcome, safetyMeasures != null && !safetyMeasures.isEmpty(),
                policeEnforcementBy != null, pendingTransferTo != null, statusBeforeClosure, socialWorker != null);
    }

    /** The latest run of one statutory clock. */
    public record Clock(String clockId, String ruleVersion, String legalBasis, Instant startedAt, Instant dueAt,
                        State state) {

        public enum State { RUNNING, MISSED, MET, MET_LATE }
    }
}
