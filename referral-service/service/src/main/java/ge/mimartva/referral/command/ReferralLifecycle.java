package ge.mimartva.referral.command;

import ge.mimartva.referral.api.AssessmentOutcome;
import ge.mimartva.referral.api.ReferralStatus;
import ge.mimartva.referral.api.SafetyMeasure;
import ge.mimartva.referral.command.ReferralEvents.AssessmentCompleted;
import ge.mimartva.referral.command.ReferralEvents.CaseAssigned;
import ge.mimartva.referral.command.ReferralEvents.CaseClosed;
import ge.mimartva.referral.command.ReferralEvents.CaseConferenceHeld;
import ge.mimartva.referral.command.ReferralEvents.CaseReopened;
import ge.mimartva.referral.command.ReferralEvents.ClosureRejected;
import ge.mimartva.referral.command.ReferralEvents.ClosureRequested;
import ge.mimartva.referral.command.ReferralEvents.FirstContactMade;
import ge.mimartva.referral.command.ReferralEvents.ReferralLinkedToCase;
import ge.mimartva.referral.command.ReferralEvents.ReferralRegistered;
import ge.mimartva.referral.command.ReferralEvents.SafetyDecisionMade;
import ge.mimartva.referral.command.ReferralEvents.TransferAccepted;
import ge.mimartva.referral.command.ReferralEvents.TransferRejected;
import ge.mimartva.referral.command.ReferralEvents.TransferRequested;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static ge.mimartva.referral.api.ReferralStatus.ASSESSED;
import static ge.mimartva.referral.api.ReferralStatus.ASSIGNED;
import static ge.mimartva.referral.api.ReferralStatus.CLOSED;
import static ge.mimartva.referral.api.ReferralStatus.CLOSURE_PENDING;
import static ge.mimartva.referral.api.ReferralStatus.FILED;
import static ge.mimartva.referral.api.ReferralStatus.IN_INTERVENTION;
import static ge.mimartva.referral.api.ReferralStatus.LINKED;
import static ge.mimartva.referral.api.ReferralStatus.REGISTERED;
import static ge.mimartva.referral.api.ReferralStatus.SAFETY_DECIDED;
import static ge.mimartva.referral.api.ReferralStatus.UNDER_ASSESSMENT;

/**
 * The referral's state machine, §3 of the 2016 procedures, in one place: where a referral stands, which lifecycle
 * actions that allows (and the reason it refuses the others), and where each event leaves it ({@link #next}). The
 * {@link Referral} aggregate asks it before acting and folds its own events through it; the read model folds the same
 * events, so the two cannot drift. A transfer awaiting its answer is part of the state, not a status of its own: the
 * case stays where it was in its assessment, but is neither reassigned, closed nor transferred again.
 *
 * @param assessment          the outcome of the last initial assessment (none before one, nor after reopening)
 * @param safetyDecided       a safety decision was taken since the last assessment
 * @param separationDecided   a separation was ever decided on this case (its appeal may be recorded until closure)
 * @param statusBeforeClosure where a rejected closure returns the case
 * @param socialWorkerAssigned whether the owning unit has assigned a social worker (a transfer's acceptance clears it)
 */
public record ReferralLifecycle(ReferralStatus status, AssessmentOutcome assessment, boolean safetyDecided,
                                boolean separationDecided, boolean transferPending, ReferralStatus statusBeforeClosure,
                                boolean socialWorkerAssigned) {

    /** The states in which the case is open and owned by a territorial unit. */
    private static final Set<ReferralStatus> OPEN = EnumSet.of(REGISTERED, ASSIGNED, UNDER_ASSESSMENT, ASSESSED,
            SAFETY_DECIDED, IN_INTERVENTION);

    /** The lifecycle actions, each with the reason it is refused in a state that does not allow it. */
    public enum Action {
        TRIAGE("Only a filed referral is triaged."),
        REDIRECT("Only a referral not yet assigned is redirected."),
        ASSIGN("Only a registered, open case is assigned."),
        RECORD_FIRST_CONTACT("First contact is recorded once, after assignment."),
        COMPLETE_ASSESSMENT("An assessment is completed after first contact with the child."),
        DECIDE_SAFETY("A safety decision is taken on a risk the assessment confirmed, while the case is open."),
        RECORD_SEPARATION_APPEAL("An appeal is recorded against a separation decision, on a case not closed."),
        HOLD_CASE_CONFERENCE("A case conference follows an assessment that found support or risk."),
        RECORD_MONITORING_REVIEW("Monitoring reviews follow the case plan."),
        REQUEST_CLOSURE("Only an open case is closed."),
        APPROVE_CLOSURE("Only a requested closure is approved."),
        REJECT_CLOSURE("Only a requested closure is rejected."),
        REOPEN("Only a closed case is reopened."),
        REQUEST_TRANSFER("Only an open case is transferred."),
        ACCEPT_TRANSFER("There is no transfer to accept."),
        REJECT_TRANSFER("There is no transfer to reject.");

        private final String refusal;

        Action(String refusal) {
            this.refusal = refusal;
        }
    }

    /** Where every referral starts: filed by its reporting body, not yet triaged. */
    public static ReferralLifecycle filed() {
        return new ReferralLifecycle(FILED, null, false, false, false, null, false);
    }

    public boolean isOpen() {
        return OPEN.contains(status);
    }

    /** Why this state does not allow the action, or empty when it does. */
    public Optional<String> refusal(Action action) {
        return allows(action) ? Optional.empty() : Optional.of(reasonRefused(action));
    }

    public boolean allows(Action action) {
        return switch (action) {
            case TRIAGE -> status == FILED;
            case REDIRECT -> status == FILED || status == REGISTERED;
            case ASSIGN, REQUEST_CLOSURE, REQUEST_TRANSFER -> isOpen() && !transferPending;
            case RECORD_FIRST_CONTACT -> status == ASSIGNED;
            case COMPLETE_ASSESSMENT -> status == UNDER_ASSESSMENT;
            case DECIDE_SAFETY -> assessment == AssessmentOutcome.RISK_CONFIRMED
                    && (status == ASSESSED || status == SAFETY_DECIDED || status == IN_INTERVENTION);
            case RECORD_SEPARATION_APPEAL -> separationDecided && status != CLOSED;
            case HOLD_CASE_CONFERENCE -> (status == ASSESSED && assessment == AssessmentOutcome.SUPPORT_ONLY)
                    || status == SAFETY_DECIDED || status == IN_INTERVENTION;
            case RECORD_MONITORING_REVIEW -> status == IN_INTERVENTION;
            case APPROVE_CLOSURE, REJECT_CLOSURE -> status == CLOSURE_PENDING;
            case REOPEN -> status == CLOSED;
            case ACCEPT_TRANSFER, REJECT_TRANSFER -> transferPending;
        };
    }

    private String reasonRefused(Action action) {
        if (transferPending && isOpen()) {
            switch (action) {
                case ASSIGN -> { return "A case is not reassigned while its transfer awaits an answer."; }
                case REQUEST_CLOSURE -> { return "A case is not closed while its transfer awaits an answer."; }
                case REQUEST_TRANSFER -> { return "A case has one transfer request at a time."; }
                default -> { }
            }
        }
        if (action == Action.HOLD_CASE_CONFERENCE && assessment == AssessmentOutcome.RISK_CONFIRMED && !safetyDecided) {
            return "A confirmed risk needs a safety decision before the case conference.";
        }
        return action.refusal;
    }

    /** Where the event leaves the referral; an event that does not move it leaves it where it is. */
    public ReferralLifecycle next(Object event) {
        if (event instanceof ReferralRegistered) {
            return withStatus(REGISTERED);
        }
        if (event instanceof ReferralLinkedToCase) {
            return withStatus(LINKED);
        }
        if (event instanceof CaseAssigned) {
            return new ReferralLifecycle(status == REGISTERED ? ASSIGNED : status, assessment, safetyDecided,
                    separationDecided, transferPending, statusBeforeClosure, true);
        }
        if (event instanceof FirstContactMade) {
            return withStatus(UNDER_ASSESSMENT);
        }
        if (event instanceof AssessmentCompleted e) {
            return new ReferralLifecycle(ASSESSED, e.outcome(), safetyDecided, separationDecided, transferPending,
                    statusBeforeClosure, socialWorkerAssigned);
        }
        if (event instanceof SafetyDecisionMade e) {
            return new ReferralLifecycle(status == ASSESSED ? SAFETY_DECIDED : status, assessment, true,
                    separationDecided || e.measures().contains(SafetyMeasure.SEPARATION), transferPending,
                    statusBeforeClosure, socialWorkerAssigned);
        }
        if (event instanceof CaseConferenceHeld) {
            return withStatus(IN_INTERVENTION);
        }
        if (event instanceof ClosureRequested) {
            return new ReferralLifecycle(CLOSURE_PENDING, assessment, safetyDecided, separationDecided, transferPending,
                    status, socialWorkerAssigned);
        }
        if (event instanceof ClosureRejected) {
            return new ReferralLifecycle(statusBeforeClosure, assessment, safetyDecided, separationDecided,
                    transferPending, null, socialWorkerAssigned);
        }
        if (event instanceof CaseClosed) {
            return new ReferralLifecycle(CLOSED, assessment, safetyDecided, separationDecided, transferPending, null,
                    socialWorkerAssigned);
        }
        if (event instanceof CaseReopened) {
            // A reopened case is assessed again: by its social worker, or after assignment when it has none.
            return new ReferralLifecycle(socialWorkerAssigned ? UNDER_ASSESSMENT : REGISTERED, null, false,
                    separationDecided, transferPending, null, socialWorkerAssigned);
        }
        if (event instanceof TransferRequested) {
            return withTransferPending(true, socialWorkerAssigned);
        }
        if (event instanceof TransferAccepted) {
            return withTransferPending(false, false); // the receiving unit assigns its own social worker
        }
        if (event instanceof TransferRejected) {
            return withTransferPending(false, socialWorkerAssigned);
        }
        return this;
    }

    private ReferralLifecycle withStatus(ReferralStatus next) {
        return new ReferralLifecycle(next, assessment, safetyDecided, separationDecided, transferPending,
                statusBeforeClosure, socialWorkerAssigned);
    }

    private ReferralLifecycle withTransferPending(boolean pending, boolean worker) {
        return new ReferralLifecycle(status, assessment, safetyDecided, separationDecided, pending,
                statusBeforeClosure, worker);
    }
}
