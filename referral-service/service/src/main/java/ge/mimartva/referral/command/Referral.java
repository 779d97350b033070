package ge.mimartva.referral.command;

import ge.mimartva.reference.GeorgianTime;

import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.referral.api.InterviewAttendee;
import ge.mimartva.referral.api.AssessmentOutcome;
import ge.mimartva.referral.api.ReferralActions.Outcome;
import ge.mimartva.referral.api.ClosureReason;
import ge.mimartva.referral.api.ReporterFeedback;
import ge.mimartva.referral.api.SafetyMeasure;
import ge.mimartva.referral.command.ReferralLifecycle.Action;
import ge.mimartva.referral.api.StatutoryClock;
import ge.mimartva.referral.api.Urgency;
import ge.mimartva.referral.command.ReferralCommands.AcceptTransfer;
import ge.mimartva.referral.command.ReferralCommands.ApproveClosure;
import ge.mimartva.referral.command.ReferralCommands.AssignCase;
import ge.mimartva.referral.command.ReferralCommands.CompleteAssessment;
import ge.mimartva.referral.command.ReferralCommands.DecideSafety;
import ge.mimartva.referral.command.ReferralCommands.HoldCaseConference;
import ge.mimartva.referral.command.ReferralCommands.LinkAdditionalReferral;
import ge.mimartva.referral.command.ReferralCommands.RecordFirstContact;
import ge.mimartva.referral.command.ReferralCommands.AssignChildRepresentative;
import ge.mimartva.referral.command.ReferralCommands.RecordChildInterview;
import ge.mimartva.referral.command.ReferralCommands.RecordMonitoringReview;
import ge.mimartva.referral.command.ReferralCommands.SubmitPoliceReport;
import ge.mimartva.referral.command.ReferralCommands.RecordFailureToRefer;
import ge.mimartva.referral.command.ReferralCommands.RestrictWeaponsRights;
import ge.mimartva.referral.command.ReferralCommands.RecordSeparationDisobeyed;
import ge.mimartva.referral.command.ReferralCommands.RecordSeparationEnforcement;
import ge.mimartva.referral.command.ReferralCommands.RecordSeparationAppeal;
import ge.mimartva.referral.command.ReferralCommands.RedirectReferral;
import ge.mimartva.referral.command.ReferralCommands.RejectClosure;
import ge.mimartva.referral.command.ReferralCommands.RejectTransfer;
import ge.mimartva.referral.command.ReferralCommands.ReopenCase;
import ge.mimartva.referral.command.ReferralCommands.RequestClosure;
import ge.mimartva.referral.command.ReferralCommands.RequestTransfer;
import ge.mimartva.referral.command.ReferralCommands.TriageReferral;
import ge.mimartva.referral.command.ReferralEvents.AdditionalReferralLinked;
import ge.mimartva.referral.command.ReferralEvents.AssessmentCompleted;
import ge.mimartva.referral.command.ReferralEvents.CaseAssigned;
import ge.mimartva.referral.command.ReferralEvents.CaseClosed;
import ge.mimartva.referral.command.ReferralEvents.CaseConferenceHeld;
import ge.mimartva.referral.command.ReferralEvents.CaseReopened;
import ge.mimartva.referral.command.ReferralEvents.ClosureRejected;
import ge.mimartva.referral.command.ReferralEvents.ClosureRequested;
import ge.mimartva.referral.command.ReferralEvents.FirstContactMade;
import ge.mimartva.referral.command.ReferralEvents.ChildInterviewRecorded;
import ge.mimartva.referral.command.ReferralEvents.ChildRepresentativeAssigned;
import ge.mimartva.referral.command.ReferralEvents.MonitoringReviewRecorded;
import ge.mimartva.referral.command.ReferralEvents.PoliceReportSubmitted;
import ge.mimartva.referral.command.ReferralEvents.FailureToReferRecorded;
import ge.mimartva.referral.command.ReferralEvents.WeaponsRightsRestricted;
import ge.mimartva.referral.command.ReferralEvents.SeparationDisobeyed;
import ge.mimartva.referral.command.ReferralEvents.SeparationEnforcementRecorded;
import ge.mimartva.referral.command.ReferralEvents.PlannedTask;
import ge.mimartva.referral.command.ReferralEvents.PoliceEnforcementRequested;
import ge.mimartva.referral.command.ReferralEvents.ReferralLinkedToCase;
import ge.mimartva.referral.command.ReferralEvents.ReferralRedirected;
import ge.mimartva.referral.command.ReferralEvents.ReferralRegistered;
import ge.mimartva.referral.command.ReferralEvents.RestrainingOrderRequested;
import ge.mimartva.referral.command.ReferralEvents.SafetyDecisionMade;
import ge.mimartva.referral.command.ReferralEvents.SeparationAppealed;
import ge.mimartva.referral.command.ReferralEvents.StatutoryClockMissed;
import ge.mimartva.referral.command.ReferralEvents.TransferAccepted;
import ge.mimartva.referral.command.ReferralEvents.TransferRejected;
import ge.mimartva.referral.command.ReferralEvents.TransferRequested;
import ge.mimartva.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static ge.mimartva.referral.api.ReferralStatus.CLOSED;
import static ge.mimartva.referral.api.ReferralStatus.REGISTERED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One child-protection referral and the case it opens, event-sourced: every state and transition of the 2016
 * procedures (domain brief §3), and the statutory clocks that watch them. Lifecycle commands answer the referral's
 * version after them.
 */
@Aggregate
public class Referral {

    /** Who acts when a clock runs out: the platform itself. */
    static final Actor CLOCK = Actor.service("referral-clock");

    @AggregateIdentifier
    private String referralId;
    private ReferralLifecycle lifecycle;
    private Urgency urgency;
    private Instant filedAt;
    private String reportingBody;
    private String municipality;
    private String owningUnit;
    private String enforcingPoliceDistrict;
    private boolean separationDisobeyed;
    private ClosureReason requestedClosureReason;
    private String closureRequestedBy;
    private String pendingTransferTo;
    @AggregateMember
    private final StatutoryClocks clocks = new StatutoryClocks();
    private final List<String> linkedReferrals = new ArrayList<>();
    private final Set<String> failedToRefer = new HashSet<>();

    protected Referral() {
        // for Axon
    }

    @CommandHandler
    public Referral(FileReferral command, DeadlineManager deadlines, StatutoryClockPolicy policy) {
        if (command.concerns() == null || command.concerns().isEmpty()) {
            throw new ReferralRuleViolation("A referral names at least one concern.");
        }
        if (command.child() == null || command.child().municipality() == null) {
            throw new ReferralRuleViolation("A referral names the child and the municipality where the child lives.");
        }
        if (!command.child().hasAgeOrDateOfBirth()) {
            throw new ReferralRuleViolation("A referral gives the child's date of birth or approximate age.");
        }
        if (command.reportingBody() == null || command.filedBy() == null) {
            throw new ReferralRuleViolation("A referral records the reporting body and the person who filed it.");
        }
        if (command.owningUnit() == null) {
            throw new ReferralRuleViolation("A referral is owned by the agency's territorial unit of the child's municipality.");
        }
        if (command.onlineElement() != null && command.onlineElement().kinds().isEmpty()) {
            throw new ReferralRuleViolation("An online element names how technologies were used in the abuse.");
        }
        apply(new ReferralFiled(command.referralId(), command.reportingBody(), command.reportingBodyType(),
                command.filedBy(), command.child(), command.childSubjectId(), command.concerns(),
                command.description(), command.immediateDanger(), command.otherChildrenAtRisk(),
                command.allegedAbuser(), command.onlineElement(), command.owningUnit(), command.filedAt()))
                // once the filing is applied (the referral then has its id and urgency)
                .andThen(() -> startClock(StatutoryClock.T_ASSIGN, filedAt, filedAt, deadlines, policy));
    }

    // --- Registration and triage -------------------------------------------------------------------------------

    @CommandHandler
    Outcome handle(TriageReferral c, DeadlineManager deadlines, StatutoryClockPolicy policy) {
        require(Action.TRIAGE);
        if (c.openCase() != null && !c.openCase().caseReferralId().equals(referralId)) {
            apply(new ReferralLinkedToCase(referralId, c.openCase().caseReferralId(), c.openCase().matchedBy(), c.at()));
            stopClock(StatutoryClock.T_ASSIGN, c.at(), deadlines);
            return outcome();
        }
        boolean raised = c.urgency() == Urgency.URGENT && urgency != Urgency.URGENT;
        apply(new ReferralRegistered(referralId, owningUnit, c.urgency(), c.at()));
        if (raised) {
            // The assignment clock runs from filing; an urgent triage shortens it.
            stopClock(StatutoryClock.T_ASSIGN, c.at(), deadlines);
            startClock(StatutoryClock.T_ASSIGN, filedAt, c.at(), deadlines, policy);
        }
        return outcome();
    }

    /**
     * L 14¹(2): an institution bound to refer (L 14¹(1)) that had known of the abuse and did not is answerable to its
     * supervising body. The platform sees it when the case arrives by another route: the institution did not file
     * this referral, and it knew before this referral was filed.
     */
    @CommandHandler
    Outcome handle(RecordFailureToRefer c) {
        require(lifecycle.status() != CLOSED, "A failure to refer is recorded on an open case.");
        require(!c.failedBody().equals(reportingBody), "The institution that filed this referral did refer it.");
        require(c.supervisingBody() != null, "Only an institution bound to refer, with a supervising body, fails to refer.");
        require(!c.knownSince().isAfter(GeorgianTime.dateOf(filedAt)),
                "A failure to refer is of what the institution knew before this referral was filed.");
        require(!blank(c.account()), "The record says what the institution knew.");
        if (failedToRefer.contains(c.failedBody())) {
            return outcome();
        }
        apply(new FailureToReferRecorded(referralId, c.failedBody(), c.supervisingBody(), c.knownSince(), c.account(),
                c.actor(), c.at()));
        return outcome();
    }

    @CommandHandler
    void handle(LinkAdditionalReferral c) {
        if (!linkedReferrals.contains(c.linkedReferralId())) {
            apply(new AdditionalReferralLinked(referralId, c.linkedReferralId(), c.at()));
        }
    }

    @CommandHandler
    Outcome handle(RedirectReferral c, DeadlineManager deadlines) {
        require(Action.REDIRECT);
        apply(new ReferralRedirected(referralId, c.redirectedTo(), c.reason(), c.at()));
        close(ClosureReason.OUT_OF_SCOPE, c.actor(), c.actor(), c.redirectedTo(), c.at(), deadlines);
        return outcome();
    }

    // --- Assignment and initial assessment ---------------------------------------------------------------------

    @CommandHandler
    Outcome handle(AssignCase c, DeadlineManager deadlines, StatutoryClockPolicy policy) {
        require(Action.ASSIGN);
        boolean first = lifecycle.status() == REGISTERED;
        apply(new CaseAssigned(referralId, owningUnit, c.socialWorker(), c.actor(), c.at()));
        if (first) {
            stopClock(StatutoryClock.T_ASSIGN, c.at(), deadlines);
            startClock(StatutoryClock.T_FIRST_CONTACT, c.at(), c.at(), deadlines, policy);
            startClock(StatutoryClock.T_ASSESSMENT, c.at(), c.at(), deadlines, policy);
        }
        return outcome();
    }

    @CommandHandler
    Outcome handle(RecordFirstContact c, DeadlineManager deadlines) {
        require(Action.RECORD_FIRST_CONTACT);
        require(!c.contactedAt().isBefore(filedAt), "First contact cannot precede the referral.");
        apply(new FirstContactMade(referralId, c.contactedAt(), c.at()));
        stopClock(StatutoryClock.T_FIRST_CONTACT, c.contactedAt(), deadlines);
        return outcome();
    }

    @CommandHandler
    Outcome handle(CompleteAssessment c, DeadlineManager deadlines, StatutoryClockPolicy policy) {
        require(Action.COMPLETE_ASSESSMENT);
        apply(new AssessmentCompleted(referralId, c.outcome(), c.at()));
        stopClock(StatutoryClock.T_ASSESSMENT, c.at(), deadlines);
        if (c.outcome() != AssessmentOutcome.UNFOUNDED) {
            startClock(StatutoryClock.T_CONFERENCE, c.at(), c.at(), deadlines, policy);
        }
        return outcome();
    }

    // --- Safety decision, separation and appeal ----------------------------------------------------------------

    @CommandHandler
    Outcome handle(DecideSafety c) {
        require(Action.DECIDE_SAFETY);
        require(c.measures() != null && !c.measures().isEmpty(), "A safety decision takes at least one measure.");
        boolean separation = c.measures().contains(SafetyMeasure.SEPARATION);
        if (separation) {
            require(!blank(c.lessStringentMeasuresFailBecause()),
                    "Separation is the last resort: the decision records why less stringent measures fail or cannot protect the child.");
            require(!blank(c.childOpinion()),
                    "Separation is decided with the child's opinion heard as fits the child's age (or why it could not be).");
            require(c.policeDistrict() != null, "Separation names the police district that enforces it.");
            require(!blank(c.placementProvider()), "Separation names where the child is placed.");
        }
        boolean restrainingOrder = c.measures().contains(SafetyMeasure.POLICE_RESTRAINING_ORDER);
        require(!restrainingOrder || c.policeDistrict() != null,
                "A restraining order is requested from the police district of the child's municipality.");
        apply(new SafetyDecisionMade(referralId, Set.copyOf(c.measures()), c.lessStringentMeasuresFailBecause(),
                c.childOpinion(), c.at()));
        if (separation) {
            apply(new PoliceEnforcementRequested(referralId, municipality, c.policeDistrict(), owningUnit, c.at(),
                    c.placementProvider()));
        }
        if (restrainingOrder) {
            // L 11(1): for a minor, the guardianship body (the agency, in the referral procedures) requests the order
            apply(new RestrainingOrderRequested(referralId, municipality, c.policeDistrict(), owningUnit, c.at()));
        }
        return outcome();
    }

    @CommandHandler
    Outcome handle(RecordSeparationAppeal c) {
        require(Action.RECORD_SEPARATION_APPEAL);
        // Recorded only: the separation stays in force (L 14(6)).
        apply(new SeparationAppealed(referralId, c.lodgedBy(), c.lodgedOn(), c.at()));
        return outcome();
    }

    // --- Case conference, plan and monitoring ------------------------------------------------------------------

    @CommandHandler
    Outcome handle(HoldCaseConference c, DeadlineManager deadlines, StatutoryClockPolicy policy) {
        require(Action.HOLD_CASE_CONFERENCE);
        require(c.tasks() != null && !c.tasks().isEmpty(), "A case plan holds at least one task.");
        apply(new CaseConferenceHeld(referralId, c.heldAt(), List.copyOf(c.participants()), PlannedTask.of(c.tasks()),
                c.at()));
        stopClock(StatutoryClock.T_CONFERENCE, c.at(), deadlines);
        stopClock(StatutoryClock.T_REVIEW, c.at(), deadlines);
        startClock(StatutoryClock.T_REVIEW, c.at(), c.at(), deadlines, policy);
        return outcome();
    }

    @CommandHandler
    Outcome handle(RecordMonitoringReview c, DeadlineManager deadlines, StatutoryClockPolicy policy) {
        require(Action.RECORD_MONITORING_REVIEW);
        apply(new MonitoringReviewRecorded(referralId, c.riskPersists(), c.at()));
        stopClock(StatutoryClock.T_REVIEW, c.at(), deadlines);
        startClock(StatutoryClock.T_REVIEW, c.at(), c.at(), deadlines, policy);
        return outcome();
    }

    // --- The police: their report, a separation's enforcement, its disobedience, the weapons order ------------------

    /** L 16(4): the police report on the facts of violence and the measures taken goes to the supervising prosecutor. */
    @CommandHandler
    Outcome handle(SubmitPoliceReport c) {
        require(c.policeDistrict() != null && c.policeDistrict().startsWith("MIA-D-"), "A police district submits the report.");
        require(!blank(c.reportReference()) && c.submittedAt() != null,
                "The record names the report and when it went to the prosecutor.");
        apply(new PoliceReportSubmitted(referralId, c.policeDistrict(), c.reportReference(), c.submittedAt(), c.at()));
        return outcome();
    }

    /** L 14(2): the police district asked to enforce the separation records that it did, or why it did not. */
    @CommandHandler
    Outcome handle(RecordSeparationEnforcement c) {
        require(enforcingPoliceDistrict != null, "There is no separation for the police to enforce.");
        require(enforcingPoliceDistrict.equals(c.policeDistrict()),
                "The separation is enforced by the police district it was sent to.");
        require(c.enforcedAt() != null, "The record states when.");
        require(c.enforced() || !blank(c.notEnforcedBecause()), "A separation not enforced records why (L 14(2)).");
        apply(new SeparationEnforcementRecorded(referralId, c.policeDistrict(), c.enforced(), c.notEnforcedBecause(),
                c.enforcedAt(), c.at()));
        return outcome();
    }

    /** L 10(4): disobeying the separation decision is recorded; the enforcing police district is told (N8D). */
    @CommandHandler
    Outcome handle(RecordSeparationDisobeyed c) {
        require(enforcingPoliceDistrict != null, "There is no separation decision to disobey.");
        require(lifecycle.status() != CLOSED, "Disobedience is recorded on an open case.");
        require(c.occurredAt() != null, "The record states when.");
        apply(new SeparationDisobeyed(referralId, municipality, enforcingPoliceDistrict, c.occurredAt(), c.at()));
        return outcome();
    }

    /**
     * L 16(3)(i), (3¹): when the separation decision is disobeyed, the police issue an order restricting the rights
     * regarding weapons, for one month.
     */
    @CommandHandler
    Outcome handle(RestrictWeaponsRights c) {
        require(separationDisobeyed, "The weapons order follows a disobeyed separation decision (L 16(3)(i)).");
        require(enforcingPoliceDistrict.equals(c.policeDistrict()), "The enforcing police district issues the order.");
        LocalDate issuedOn = GeorgianTime.dateOf(c.at());
        require(c.validUntil() != null && !c.validUntil().isBefore(issuedOn)
                        && !c.validUntil().isAfter(issuedOn.plusMonths(1)),
                "The order restricting the rights regarding weapons is issued for one month (L 16(3¹)).");
        apply(new WeaponsRightsRestricted(referralId, municipality, enforcingPoliceDistrict, c.validUntil(), c.at()));
        return outcome();
    }

    // --- The child in the proceedings (L 17(3)) ------------------------------------------------------------------

    /**
     * L 17(3): a child is not interviewed in the presence of the alleged abusive parent, and the interview report is
     * not given to the alleged abuser.
     */
    @CommandHandler
    Outcome handle(RecordChildInterview c) {
        require(lifecycle.isOpen(), "Interviews are recorded on an open case.");
        require(c.attendees() != null && !c.attendees().isEmpty() && c.interviewedAt() != null,
                "An interview states when it took place and who was present.");
        require(!c.attendees().contains(InterviewAttendee.ALLEGED_ABUSIVE_PARENT),
                "A child is not interviewed in the presence of the alleged abusive parent (L 17(3)).");
        Set<InterviewAttendee> sharedWith = c.protocolSharedWith() == null ? Set.of() : Set.copyOf(c.protocolSharedWith());
        require(!sharedWith.contains(InterviewAttendee.ALLEGED_ABUSIVE_PARENT),
                "The child's interview report is not given to the alleged abuser (L 17(3)).");
        apply(new ChildInterviewRecorded(referralId, c.interviewedAt(), Set.copyOf(c.attendees()), sharedWith,
                c.actor(), c.at()));
        return outcome();
    }

    /**
     * L 17(3): the child's representative is never the alleged abuser nor a person whose impartiality is in doubt;
     * while the proceedings are pending the guardianship body assigns one.
     */
    @CommandHandler
    Outcome handle(AssignChildRepresentative c) {
        require(lifecycle.isOpen(), "A representative is assigned on an open case.");
        require(c.representative() != null, "The assignment names who represents the child.");
        require(!c.allegedAbuser(), "The alleged abuser does not represent the child (L 17(3)).");
        require(!c.conflictOfInterest(),
                "A person whose impartiality is in doubt does not represent the child (L 17(3)).");
        apply(new ChildRepresentativeAssigned(referralId, c.representative(), c.actor(), c.at()));
        return outcome();
    }

    // --- Closure and reopening ---------------------------------------------------------------------------------

    @CommandHandler
    Outcome handle(RequestClosure c) {
        require(Action.REQUEST_CLOSURE);
        require(c.reason() != null && c.reason() != ClosureReason.OUT_OF_SCOPE,
                "A case is closed for a reason of the list; out-of-scope referrals are redirected at registration.");
        require(c.reason() != ClosureReason.UNFOUNDED || lifecycle.assessment() == AssessmentOutcome.UNFOUNDED,
                "A case is closed as unfounded only after an assessment found it unfounded.");
        apply(new ClosureRequested(referralId, owningUnit, c.reason(), c.actor(), c.at()));
        return outcome();
    }

    @CommandHandler
    Outcome handle(ApproveClosure c, DeadlineManager deadlines) {
        require(Action.APPROVE_CLOSURE);
        require(!c.actor().equals(closureRequestedBy), "A closure is approved by a supervisor other than who requested it.");
        close(requestedClosureReason, closureRequestedBy, c.actor(), null, c.at(), deadlines);
        return outcome();
    }

    @CommandHandler
    Outcome handle(RejectClosure c) {
        require(Action.REJECT_CLOSURE);
        require(!blank(c.reason()), "A rejected closure says why.");
        apply(new ClosureRejected(referralId, c.actor(), c.reason(), c.at()));
        return outcome();
    }

    @CommandHandler
    Outcome handle(ReopenCase c, DeadlineManager deadlines, StatutoryClockPolicy policy) {
        require(Action.REOPEN);
        require(!blank(c.reason()), "A reopened case says why.");
        apply(new CaseReopened(referralId, owningUnit, reportingBody, c.reason(), c.at()));
        if (!lifecycle.socialWorkerAssigned()) {
            startClock(StatutoryClock.T_ASSIGN, c.at(), c.at(), deadlines, policy);
        } else {
            startClock(StatutoryClock.T_ASSESSMENT, c.at(), c.at(), deadlines, policy);
        }
        return outcome();
    }

    // --- Transfer between territorial units --------------------------------------------------------------------

    @CommandHandler
    Outcome handle(RequestTransfer c, DeadlineManager deadlines, StatutoryClockPolicy policy) {
        require(Action.REQUEST_TRANSFER);
        require(!c.toUnit().equals(owningUnit), "A case is transferred to another territorial unit.");
        apply(new TransferRequested(referralId, owningUnit, c.toUnit(), c.reason(), c.at()));
        startClock(StatutoryClock.T_TRANSFER_ANSWER, c.at(), c.at(), deadlines, policy);
        return outcome();
    }

    @CommandHandler
    Outcome handle(AcceptTransfer c, DeadlineManager deadlines) {
        require(Action.ACCEPT_TRANSFER);
        apply(new TransferAccepted(referralId, owningUnit, pendingTransferTo, c.at()));
        stopClock(StatutoryClock.T_TRANSFER_ANSWER, c.at(), deadlines);
        return outcome();
    }

    @CommandHandler
    Outcome handle(RejectTransfer c, DeadlineManager deadlines) {
        require(Action.REJECT_TRANSFER);
        require(!blank(c.reason()), "A rejected transfer says why.");
        apply(new TransferRejected(referralId, owningUnit, pendingTransferTo, c.reason(), c.at()));
        stopClock(StatutoryClock.T_TRANSFER_ANSWER, c.at(), deadlines);
        return outcome();
    }

    // --- Statutory clocks --------------------------------------------------------------------------------------

    /** A clock ran out before what it waited for happened: escalate, as the platform, not as whoever started it. */
    @DeadlineHandler
    void on(ClockDue due, DeadlineMessage<?> message) {
        clocks.dueAtIfStillRunning(due).ifPresent(dueAt -> {
            MessageContext context = MessageContext.of(CLOCK, referralId, message.getIdentifier());
            apply(new StatutoryClockMissed(referralId, due.clockId(), due.clock(), due.ruleVersion(), dueAt,
                    owningUnit), context.asMetaData());
        });
    }

    private void startClock(StatutoryClock clock, Instant from, Instant now, DeadlineManager deadlines,
                            StatutoryClockPolicy policy) {
        clocks.start(referralId, clock, urgency, from, now, deadlines, policy);
    }

    private void stopClock(StatutoryClock clock, Instant at, DeadlineManager deadlines) {
        clocks.stop(referralId, clock, at, deadlines);
    }

    private void close(ClosureReason reason, String requestedBy, String approvedBy, String redirectedTo, Instant at,
                       DeadlineManager deadlines) {
        clocks.stopAll(referralId, at, deadlines);
        apply(new CaseClosed(referralId, owningUnit, reason, requestedBy, approvedBy, reportingBody, List.copyOf(linkedReferrals),
                new ReporterFeedback(ReporterFeedback.outcomeOf(reason), at, redirectedTo), at));
    }

    /** What an action answers: the status it left the referral in, and the referral's version after it. */
    private Outcome outcome() {
        return new Outcome(referralId, lifecycle.status(), AggregateLifecycle.getVersion());
    }

    /** The lifecycle (procedures §3) allows the action where the referral stands, or refuses it with its reason. */
    private void require(Action action) {
        lifecycle.refusal(action).ifPresent(reason -> {
            throw new ReferralRuleViolation(reason);
        });
    }

    private static void require(boolean rule, String otherwise) {
        if (!rule) {
            throw new ReferralRuleViolation(otherwise);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // --- State -------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ReferralFiled e) {
        referralId = e.referralId();
        lifecycle = ReferralLifecycle.filed();
        urgency = e.immediateDanger() ? Urgency.URGENT : Urgency.STANDARD;
        filedAt = e.filedAt();
        reportingBody = e.reportingBody();
        municipality = e.child().municipality();
        owningUnit = e.owningUnit();
    }

    @EventSourcingHandler
    void on(ReferralRegistered e) {
        lifecycle = lifecycle.next(e);
        urgency = e.urgency();
    }

    @EventSourcingHandler
    void on(ReferralLinkedToCase e) {
        lifecycle = lifecycle.next(e);
    }

    @EventSourcingHandler
    void on(FailureToReferRecorded e) {
        failedToRefer.add(e.failedBody());
    }

    @EventSourcingHandler
    void on(AdditionalReferralLinked e) {
        linkedReferrals.add(e.linkedReferralId());
    }

    @EventSourcingHandler
    void on(CaseAssigned e) {
        lifecycle = lifecycle.next(e);
    }

    @EventSourcingHandler
    void on(FirstContactMade e) {
        lifecycle = lifecycle.next(e);
    }

    @EventSourcingHandler
    void on(AssessmentCompleted e) {
        lifecycle = lifecycle.next(e);
    }

    @EventSourcingHandler
    void on(SafetyDecisionMade e) {
        lifecycle = lifecycle.next(e);
    }

    @EventSourcingHandler
    void on(PoliceEnforcementRequested e) {
        enforcingPoliceDistrict = e.policeDistrict();
    }

    @EventSourcingHandler
    void on(SeparationDisobeyed e) {
        separationDisobeyed = true;
    }

    @EventSourcingHandler
    void on(CaseConferenceHeld e) {
        lifecycle = lifecycle.next(e);
    }

    @EventSourcingHandler
    void on(ClosureRequested e) {
        lifecycle = lifecycle.next(e);
        requestedClosureReason = e.reason();
        closureRequestedBy = e.requestedBy();
    }

    @EventSourcingHandler
    void on(ClosureRejected e) {
        lifecycle = lifecycle.next(e);
        requestedClosureReason = null;
        closureRequestedBy = null;
    }

    @EventSourcingHandler
    void on(CaseClosed e) {
        lifecycle = lifecycle.next(e);
        requestedClosureReason = null;
        closureRequestedBy = null;
    }

    @EventSourcingHandler
    void on(CaseReopened e) {
        lifecycle = lifecycle.next(e);
    }

    @EventSourcingHandler
    void on(TransferRequested e) {
        pendingTransferTo = e.toUnit();
        lifecycle = lifecycle.next(e);
    }

    @EventSourcingHandler
    void on(TransferAccepted e) {
        owningUnit = e.toUnit();
        pendingTransferTo = null;
        lifecycle = lifecycle.next(e);
    }

    @EventSourcingHandler
    void on(TransferRejected e) {
        pendingTransferTo = null;
        lifecycle = lifecycle.next(e);
    }
}
