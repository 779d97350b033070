package ge.mimartva.referral.command;

import ge.mimartva.referral.api.ChildRepresentative;
import ge.mimartva.referral.api.InterviewAttendee;
import ge.mimartva.referral.api.AssessmentOutcome;
import ge.mimartva.referral.api.ClosureReason;
import ge.mimartva.referral.api.ReferralActions.PlanTask;
import ge.mimartva.referral.api.SafetyMeasure;
import ge.mimartva.referral.api.Urgency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The lifecycle commands of a referral. Each names the version of the referral its author saw
 * ({@code expectedVersion}): if the referral changed since, Axon refuses the command instead of letting it overwrite a
 * change its author did not see. {@code actor} is the acting person's id; {@code at} when they acted.
 */
public final class ReferralCommands {

    private ReferralCommands() {
    }

    /** Registration: {@code openCase} is the child's open case found by the caller, if any. */
    public record TriageReferral(@TargetAggregateIdentifier String referralId, @TargetAggregateVersion Long expectedVersion,
                                 Urgency urgency, OpenCase openCase, String actor, Instant at) {
    }

    public record OpenCase(String caseReferralId, ChildMatch matchedBy) {
    }

    /**
     * L 14¹(2): the case shows that an institution bound to refer had known of the abuse and did not;
     * {@code supervisingBody} is the body it answers to, from the directory.
     */
    public record RecordFailureToRefer(@TargetAggregateIdentifier String referralId,
                                       @TargetAggregateVersion Long expectedVersion, String failedBody,
                                       String supervisingBody, LocalDate knownSince, String account, String actor,
                                       Instant at) {
    }

    public record LinkAdditionalReferral(@TargetAggregateIdentifier String referralId, String linkedReferralId,
                                         Instant at) {
    }

    public record RedirectReferral(@TargetAggregateIdentifier String referralId, @TargetAggregateVersion Long expectedVersion,
                                   String redirectedTo, String reason, String actor, Instant at) {
    }

    public record AssignCase(@TargetAggregateIdentifier String referralId, @TargetAggregateVersion Long expectedVersion,
                             String socialWorker, String actor, Instant at) {
    }

    public record RecordFirstContact(@TargetAggregateIdentifier String referralId,
                                     @TargetAggregateVersion Long expectedVersion, Instant contactedAt, String actor,
                                     Instant at) {
    }

    public record CompleteAssessment(@TargetAggregateIdentifier String referralId,
                                     @TargetAggregateVersion Long expectedVersion, AssessmentOutcome outcome,
                                     String actor, Instant at) {
    }

    /** {@code policeDistrict}: the MIA district service of the child's municipality, which enforces a separation. */
    public record DecideSafety(@TargetAggregateIdentifier String referralId, @TargetAggregateVersion Long expectedVersion,
                               Set<SafetyMeasure> measures, String lessStringentMeasuresFailBecause,
                               String childOpinion, String policeDistrict, String placementProvider, String actor,
                               Instant at) {
    }

    public record RecordSeparationAppeal(@TargetAggregateIdentifier String referralId,
                                         @TargetAggregateVersion Long expectedVersion, String lodgedBy,
                                         LocalDate lodgedOn, String actor, Instant at) {
    }

    public record HoldCaseConference(@TargetAggregateIdentifier String referralId,
                                     @TargetAggregateVersion Long expectedVersion, Instant heldAt,
                                     List<String> participants, List<PlanTask> tasks, String actor, Instant at) {
    }

    /** L 16(4): the police report on the facts of violence, submitted to the supervising prosecutor. */
    public record SubmitPoliceReport(@TargetAggregateIdentifier String referralId,
                                     @TargetAggregateVersion Long expectedVersion, String policeDistrict,
                                     String reportReference, Instant submittedAt, String actor, Instant at) {
    }

    /** L 14(2): the enforcing police district records that it enforced the separation, or why not. */
    public record RecordSeparationEnforcement(@TargetAggregateIdentifier String referralId,
                                              @TargetAggregateVersion Long expectedVersion, String policeDistrict,
                                              boolean enforced, String notEnforcedBecause, Instant enforcedAt,
                                              String actor, Instant at) {
    }

    /** L 10(4): the separation decision was disobeyed. */
    public record RecordSeparationDisobeyed(@TargetAggregateIdentifier String referralId,
                                            @TargetAggregateVersion Long expectedVersion, Instant occurredAt,
                                            String actor, Instant at) {
    }

    /** L 16(3)(i), (3¹): the one-month order restricting the rights regarding weapons. */
    public record RestrictWeaponsRights(@TargetAggregateIdentifier String referralId,
                                        @TargetAggregateVersion Long expectedVersion, String policeDistrict,
                                        LocalDate validUntil, String actor, Instant at) {
    }

    /** L 17(3): a child's interview and who attended it. */
    public record RecordChildInterview(@TargetAggregateIdentifier String referralId,
                                       @TargetAggregateVersion Long expectedVersion, Instant interviewedAt,
                                       Set<InterviewAttendee> attendees, Set<InterviewAttendee> protocolSharedWith,
                                       String actor, Instant at) {
    }

    /** L 17(3): who represents the child in the proceedings. */
    public record AssignChildRepresentative(@TargetAggregateIdentifier String referralId,
                                            @TargetAggregateVersion Long expectedVersion,
                                            ChildRepresentative representative, boolean allegedAbuser,
                                            boolean conflictOfInterest, String actor, Instant at) {
    }

    public record RecordMonitoringReview(@TargetAggregateIdentifier String referralId,
                                         @TargetAggregateVersion Long expectedVersion, boolean riskPersists,
                                         String actor, Instant at) {
    }

    public record RequestClosure(@TargetAggregateIdentifier String referralId,
                                 @TargetAggregateVersion Long expectedVersion, ClosureReason reason, String actor,
                                 Instant at) {
    }

    /** Only a supervisor sends it (checked where the actor's role is known); the aggregate checks the four eyes. */
    public record ApproveClosure(@TargetAggregateIdentifier String referralId,
                                 @TargetAggregateVersion Long expectedVersion, String actor, Instant at) {
    }

    public record RejectClosure(@TargetAggregateIdentifier String referralId,
                                @TargetAggregateVersion Long expectedVersion, String reason, String actor, Instant at) {
    }

    public record ReopenCase(@TargetAggregateIdentifier String referralId, @TargetAggregateVersion Long expectedVersion,
                             String reason, String actor, Instant at) {
    }

    public record RequestTransfer(@TargetAggregateIdentifier String referralId,
                                  @TargetAggregateVersion Long expectedVersion, String toUnit, String reason,
                                  String actor, Instant at) {
    }

    public record AcceptTransfer(@TargetAggregateIdentifier String referralId,
                                 @TargetAggregateVersion Long expectedVersion, String actor, Instant at) {
    }

    public record RejectTransfer(@TargetAggregateIdentifier String referralId,
                                 @TargetAggregateVersion Long expectedVersion, String reason, String actor, Instant at) {
    }
}
