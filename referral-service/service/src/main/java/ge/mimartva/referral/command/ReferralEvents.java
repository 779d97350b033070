package ge.mimartva.referral.command;

import ge.mimartva.platform.privacy.DataSubjectRecord;
import ge.mimartva.platform.privacy.PersonalData;
import ge.mimartva.referral.api.ChildRepresentative;
import ge.mimartva.referral.api.InterviewAttendee;
import ge.mimartva.referral.api.AssessmentOutcome;
import ge.mimartva.referral.api.ClosureReason;
import ge.mimartva.referral.api.ReferralActions.PlanTask;
import ge.mimartva.referral.api.ReporterFeedback;
import ge.mimartva.referral.api.SafetyMeasure;
import ge.mimartva.referral.api.StatutoryClock;
import ge.mimartva.referral.api.Urgency;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The domain events of a referral's lifecycle after filing (domain brief §3), internal to referral-service. Each is
 * published to other services as its own versioned integration event (see {@code ReferralCaseEvents} in the api
 * module). Every event is recorded with who acted and when in its metadata; {@code at} is when the action happened.
 */
public final class ReferralEvents {

    private ReferralEvents() {
    }

    @Revision("1")
    public record ReferralRegistered(String referralId, String owningUnit, Urgency urgency, Instant at) {
    }

    /** The child already had an open case: this referral joins it ({@code matchedBy}: how the child was matched). */
    @Revision("1")
    public record ReferralLinkedToCase(String referralId, String caseReferralId, ChildMatch matchedBy, Instant at) {
    }

    /** The case learnt that another referral about the same child joined it. */
    @Revision("1")
    public record AdditionalReferralLinked(String referralId, String linkedReferralId, Instant at) {
    }

    @Revision("1")
    public record ReferralRedirected(@DataSubjectRecord String referralId, String redirectedTo, @PersonalData String reason,
                                     Instant at) {
    }

    @Revision("1")
    public record CaseAssigned(String referralId, String owningUnit, String socialWorker, String assignedBy, Instant at) {
    }

    @Revision("1")
    public record FirstContactMade(String referralId, Instant contactedAt, Instant at) {
    }

    @Revision("1")
    public record AssessmentCompleted(String referralId, AssessmentOutcome outcome, Instant at) {
    }

    /**
     * The safety decision asks the police district of the child's municipality for a restraining order (L 10, 11(1):
     * for a minor, the guardianship body requests it); the district answers it in victim-status-service.
     */
    @Revision("1")
    public record RestrainingOrderRequested(String referralId, String municipality, String policeDistrict,
                                            String owningUnit, Instant at) {
    }

    @Revision("1")
    public record SafetyDecisionMade(@DataSubjectRecord String referralId, Set<SafetyMeasure> measures,
                                     @PersonalData String lessStringentMeasuresFailBecause,
                                     @PersonalData String childOpinion, Instant at) {
    }

    /**
     * Separation is enforced by the police of the child's district, at once (L 14(1-2)); the child is placed with
     * {@code placementProvider}, added in revision 2 (absent from older events).
     */
    @Revision("2")
    public record PoliceEnforcementRequested(String referralId, String municipality, String policeDistrict,
                                             String owningUnit, Instant at, String placementProvider) {
    }

    /**
     * An institution bound to refer had known of the abuse and did not (L 14¹(2)); its supervising body is told.
     * {@code account}, what the institution knew and how that came to light, may say much about the child.
     */
    @Revision("1")
    public record FailureToReferRecorded(@DataSubjectRecord String referralId, String failedBody, String supervisingBody,
                                         LocalDate knownSince, @PersonalData String account, String recordedBy,
                                         Instant at) {
    }

    /** An appeal against the separation; recorded, and it does not suspend the decision (L 14(6)). */
    @Revision("1")
    public record SeparationAppealed(@DataSubjectRecord String referralId, @PersonalData String lodgedBy, LocalDate lodgedOn,
                                     Instant at) {
    }

    /** The plan's tasks keep what each body does, which may say much about the child, sealed with the child's key. */
    @Revision("1")
    public record CaseConferenceHeld(@DataSubjectRecord String referralId, Instant heldAt, List<String> participants,
                                     List<PlannedTask> tasks, Instant at) {
    }

    /** A task of the case plan as recorded: its owner and due date stay readable after the child's data is erased. */
    public record PlannedTask(String ownerBody, @PersonalData String task, LocalDate due) {

        static List<PlannedTask> of(List<PlanTask> plan) {
            return plan.stream().map(t -> new PlannedTask(t.ownerBody(), t.task(), t.due())).toList();
        }

        public PlanTask asPlanTask() {
            return new PlanTask(ownerBody, task, due);
        }
    }

    /** The police report on the facts of violence went to the supervising prosecutor (L 16(4)). */
    @Revision("1")
    public record PoliceReportSubmitted(String referralId, String policeDistrict, String reportReference,
                                        Instant submittedAt, Instant at) {
    }

    /** The enforcing police district enforced the separation, or says why it did not (L 14(2)). */
    @Revision("1")
    public record SeparationEnforcementRecorded(@DataSubjectRecord String referralId, String policeDistrict,
                                                boolean enforced, @PersonalData String notEnforcedBecause,
                                                Instant enforcedAt, Instant at) {
    }

    /** The separation decision was disobeyed (L 10(4)). */
    @Revision("1")
    public record SeparationDisobeyed(String referralId, String municipality, String policeDistrict,
                                      Instant occurredAt, Instant at) {
    }

    /** The one-month order restricting the rights regarding weapons (L 16(3)(i), (3¹)). */
    @Revision("1")
    public record WeaponsRightsRestricted(String referralId, String municipality, String policeDistrict,
                                          LocalDate validUntil, Instant at) {
    }

    /** A child's interview (L 17(3)): when, who attended, to whom its report was given. */
    @Revision("1")
    public record ChildInterviewRecorded(String referralId, Instant interviewedAt, Set<InterviewAttendee> attendees,
                                         Set<InterviewAttendee> protocolSharedWith, String recordedBy, Instant at) {
    }

    /** The child's representative in the proceedings (L 17(3)). */
    @Revision("1")
    public record ChildRepresentativeAssigned(String referralId, ChildRepresentative representative,
                                              String assignedBy, Instant at) {
    }

    @Revision("1")
    public record MonitoringReviewRecorded(String referralId, boolean riskPersists, Instant at) {
    }

    @Revision("1")
    public record ClosureRequested(String referralId, String owningUnit, ClosureReason reason, String requestedBy,
                                   Instant at) {
    }

    @Revision("1")
    public record ClosureRejected(@DataSubjectRecord String referralId, String rejectedBy, @PersonalData String reason,
                                  Instant at) {
    }

    /**
     * The case is closed, approved by a supervisor; {@code feedback} is all the original reporters (of this referral
     * and of those linked to it) learn of the outcome.
     */
    @Revision("1")
    public record CaseClosed(String referralId, String owningUnit, ClosureReason reason, String requestedBy, String approvedBy,
                             String reportingBody, List<String> linkedReferrals, ReporterFeedback feedback,
                             Instant at) {
    }

    @Revision("1")
    public record CaseReopened(@DataSubjectRecord String referralId, String owningUnit, String reportingBody,
                               @PersonalData String reason, Instant at) {
    }

    @Revision("1")
    public record TransferRequested(@DataSubjectRecord String referralId, String fromUnit, String toUnit,
                                    @PersonalData String reason, Instant at) {
    }

    @Revision("1")
    public record TransferAccepted(String referralId, String fromUnit, String toUnit, Instant at) {
    }

    @Revision("1")
    public record TransferRejected(@DataSubjectRecord String referralId, String fromUnit, String toUnit,
                                   @PersonalData String reason, Instant at) {
    }

    /** A statutory clock started: its rule and the rule's version decide when it is due. */
    @Revision("1")
    public record StatutoryClockStarted(String referralId, String clockId, StatutoryClock clock, String ruleVersion,
                                        String legalBasis, Instant startedAt, Instant dueAt) {
    }

    /** What the clock waited for happened ({@code metDeadline}: in time, or late after an escalation). */
    @Revision("1")
    public record StatutoryClockStopped(String referralId, String clockId, StatutoryClock clock, Instant stoppedAt,
                                        boolean metDeadline) {
    }

    /** A clock ran out: escalated to the supervisors of the unit owning the case. */
    @Revision("1")
    public record StatutoryClockMissed(String referralId, String clockId, StatutoryClock clock, String ruleVersion,
                                       Instant dueAt, String owningUnit) {
    }
}
