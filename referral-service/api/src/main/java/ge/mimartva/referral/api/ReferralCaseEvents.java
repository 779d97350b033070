package ge.mimartva.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Integration events of a referral's lifecycle after filing, published by referral-service on the
 * {@code mimartva.events} exchange with routing key {@code referral.<TYPE>.v<VERSION>}. Like
 * {@link ReferralFiledV1} they carry no name or personal number of a child, and no free text a worker wrote: a
 * receiver that needs more reads the referral, where access is checked. Each record is version 1 of its type; a
 * change that is not purely additive becomes a new record ({@code ...V2}) published beside the old one for a
 * transition period.
 * <p>
 * Matrix rows served: N12 ({@link CaseConferenceHeldV1}), N13 ({@link CaseClosedV1}, {@link CaseReopenedV1}), N14
 * ({@link TransferRequestedV1}), escalations ({@link StatutoryClockMissedV1}); N8 ({@link SeparationDecidedV1}).
 */
public final class ReferralCaseEvents {

    private ReferralCaseEvents() {
    }

    /** The agency registered the referral and set its urgency. */
    public record ReferralRegisteredV1(String referralId, String owningUnit, Urgency urgency, Instant at) {
        public static final String TYPE = "ReferralRegistered";
        public static final int VERSION = 1;
    }

    /** The child already had an open case ({@code caseReferralId}); this referral joined it. */
    public record ReferralLinkedToCaseV1(String referralId, String caseReferralId, String matchedBy, Instant at) {
        public static final String TYPE = "ReferralLinkedToCase";
        public static final int VERSION = 1;
    }

    /** Outside the agency's competence: passed to {@code redirectedTo} (a {@link CaseClosedV1} follows). */
    public record ReferralRedirectedV1(String referralId, String redirectedTo, Instant at) {
        public static final String TYPE = "ReferralRedirected";
        public static final int VERSION = 1;
    }

    public record CaseAssignedV1(String referralId, String owningUnit, String socialWorker, Instant at) {
        public static final String TYPE = "CaseAssigned";
        public static final int VERSION = 1;
    }

    public record FirstContactMadeV1(String referralId, Instant contactedAt) {
        public static final String TYPE = "FirstContactMade";
        public static final int VERSION = 1;
    }

    public record AssessmentCompletedV1(String referralId, AssessmentOutcome outcome, Instant at) {
        public static final String TYPE = "AssessmentCompleted";
        public static final int VERSION = 1;
    }

    public record SafetyDecisionMadeV1(String referralId, Set<SafetyMeasure> measures, Instant at) {
        public static final String TYPE = "SafetyDecisionMade";
        public static final int VERSION = 1;
    }

    /**
     * An institution bound to refer had known of the abuse and did not (L 14¹(2)): its supervising body is told
     * (N14F). What it knew stays in the referral's record.
     */
    public record FailureToReferRecordedV1(String referralId, String failedBody, String supervisingBody,
                                           LocalDate knownSince) {
        public static final String TYPE = "FailureToReferRecorded";
        public static final int VERSION = 1;
    }

    /** The police submitted their report on the facts of violence to the supervising prosecutor (L 16(4)): N16R. */
    public record PoliceReportSubmittedV1(String referralId, String policeDistrict, String reportReference,
                                          Instant submittedAt) {
        public static final String TYPE = "PoliceReportSubmitted";
        public static final int VERSION = 1;
    }

    /** The separation decision was disobeyed (L 10(4)): the enforcing police district responds (N8D). */
    public record SeparationDisobeyedV1(String referralId, String municipality, String policeDistrict,
                                        Instant occurredAt) {
        public static final String TYPE = "SeparationDisobeyed";
        public static final int VERSION = 1;
    }

    /**
     * The police restricted the rights regarding weapons for one month after the separation decision was disobeyed
     * (L 16(3)(i), (3¹)): the MIA's Service Agency, which keeps the weapons register, is told (N8W).
     */
    public record WeaponsRightsRestrictedV1(String referralId, String municipality, String policeDistrict,
                                            LocalDate validUntil, Instant at) {
        public static final String TYPE = "WeaponsRightsRestricted";
        public static final int VERSION = 1;
    }

    /**
     * The safety decision asks {@code policeDistrict} (of the child's {@code municipality}) for a restraining order
     * (L 10, 11(1)); victim-status-service records the request, which the district answers.
     */
    public record RestrainingOrderRequestedV1(String referralId, String municipality, String policeDistrict,
                                              String owningUnit, Instant at) {
        public static final String TYPE = "RestrainingOrderRequested";
        public static final int VERSION = 1;
    }

    /**
     * N8: the child is separated from the abuser; {@code policeDistrict} enforces it at once, the guardianship body
     * of {@code municipality} and {@code placementProvider}, where the child is placed, are told
     * ({@code placementProvider} is absent from decisions recorded before 2026-11-26).
     */
    public record SeparationDecidedV1(String referralId, String municipality, String policeDistrict,
                                      String owningUnit, Instant at, String placementProvider) {
        public static final String TYPE = "SeparationDecided";
        public static final int VERSION = 1;
    }

    /** An appeal against the separation was lodged; the separation stays in force. */
    public record SeparationAppealedV1(String referralId, LocalDate lodgedOn, Instant at) {
        public static final String TYPE = "SeparationAppealed";
        public static final int VERSION = 1;
    }

    /** N12: the case conference agreed a plan; {@code taskOwners} are the bodies with tasks, with their due dates. */
    public record CaseConferenceHeldV1(String referralId, Instant heldAt, List<String> participants,
                                       List<TaskOwner> taskOwners) {
        public static final String TYPE = "CaseConferenceHeld";
        public static final int VERSION = 1;

        public record TaskOwner(String body, LocalDate due) {
        }
    }

    public record MonitoringReviewRecordedV1(String referralId, boolean riskPersists, Instant at) {
        public static final String TYPE = "MonitoringReviewRecorded";
        public static final int VERSION = 1;
    }

    public record ClosureRequestedV1(String referralId, String owningUnit, ClosureReason reason, Instant at) {
        public static final String TYPE = "ClosureRequested";
        public static final int VERSION = 1;
    }

    public record ClosureRejectedV1(String referralId, Instant at) {
        public static final String TYPE = "ClosureRejected";
        public static final int VERSION = 1;
    }

    /**
     * N13: the case is closed. The original reporters ({@code reportingBody}, and those of the linked referrals)
     * receive {@code feedback} and nothing else.
     */
    public record CaseClosedV1(String referralId, String owningUnit, String reportingBody,
                               List<String> linkedReferrals, ClosureReason reason, ReporterFeedback feedback,
                               Instant at) {
        public static final String TYPE = "CaseClosed";
        public static final int VERSION = 1;
    }

    /** N13: a closed case was reopened. */
    public record CaseReopenedV1(String referralId, String owningUnit, String reportingBody, Instant at) {
        public static final String TYPE = "CaseReopened";
        public static final int VERSION = 1;
    }

    /** N14: the receiving unit is asked to take the case over, and answers within the transfer clock. */
    public record TransferRequestedV1(String referralId, String fromUnit, String toUnit, Instant at) {
        public static final String TYPE = "TransferRequested";
        public static final int VERSION = 1;
    }

    public record TransferAcceptedV1(String referralId, String fromUnit, String toUnit, Instant at) {
        public static final String TYPE = "TransferAccepted";
        public static final int VERSION = 1;
    }

    public record TransferRejectedV1(String referralId, String fromUnit, String toUnit, Instant at) {
        public static final String TYPE = "TransferRejected";
        public static final int VERSION = 1;
    }

    /** A statutory clock ran out: escalation to the supervisors of {@code owningUnit}. */
    public record StatutoryClockMissedV1(String referralId, String owningUnit, StatutoryClock clock,
                                         String ruleVersion, Instant dueAt) {
        public static final String TYPE = "StatutoryClockMissed";
        public static final int VERSION = 1;
    }
}
