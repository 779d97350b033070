package ge.mimartva.referral.query;

import ge.mimartva.referral.api.ReferralStatus;
import ge.mimartva.referral.api.StatutoryClock;
import ge.mimartva.referral.api.Urgency;
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
import ge.mimartva.referral.command.ReferralEvents.PlannedTask;
import ge.mimartva.referral.command.ReferralEvents.PoliceEnforcementRequested;
import ge.mimartva.referral.command.ReferralEvents.ReferralLinkedToCase;
import ge.mimartva.referral.command.ReferralEvents.ReferralRegistered;
import ge.mimartva.referral.command.ReferralEvents.PoliceReportSubmitted;
import ge.mimartva.referral.command.ReferralEvents.FailureToReferRecorded;
import ge.mimartva.referral.command.ReferralEvents.RestrainingOrderRequested;
import ge.mimartva.referral.command.ReferralEvents.WeaponsRightsRestricted;
import ge.mimartva.referral.command.ReferralEvents.SeparationDisobeyed;
import ge.mimartva.referral.command.ReferralEvents.SeparationEnforcementRecorded;
import ge.mimartva.referral.command.ReferralEvents.SafetyDecisionMade;
import ge.mimartva.referral.command.ReferralEvents.SeparationAppealed;
import ge.mimartva.referral.command.ReferralEvents.StatutoryClockMissed;
import ge.mimartva.referral.command.ReferralEvents.StatutoryClockStarted;
import ge.mimartva.referral.command.ReferralEvents.StatutoryClockStopped;
import ge.mimartva.referral.command.ReferralEvents.TransferAccepted;
import ge.mimartva.referral.command.ReferralEvents.TransferRejected;
import ge.mimartva.referral.command.ReferralEvents.TransferRequested;
import ge.mimartva.referral.command.ReferralFiled;
import ge.mimartva.referral.command.ReferralLifecycle;
import ge.mimartva.referral.query.ReferralDocument.Clock;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import ge.mimartva.platform.projection.ReadModelWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the {@code referrals} read model. Every update is guarded by the event's sequence number, so an event
 * delivered twice (after a crash between the Mongo write and the token commit) changes nothing the second time, and
 * a replay rebuilds the same documents.
 */
@Component
@ProcessingGroup(ReferralProjection.NAME)
public class ReferralProjection {

    public static final String NAME = "referral-projection";

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;

    public ReferralProjection(MongoTemplate mongo, ReadModelWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @EventHandler
    void on(ReferralFiled e, @SequenceNumber long sequence) {
        writes.save(new ReferralDocument(e.referralId(), ReferralStatus.FILED, e.reportingBody(), e.reportingBodyType(),
                e.filedBy(), e.filedAt(), e.child().firstName(), e.child().lastName(), e.child().personalNumber(),
                e.child().dateOfBirth(), e.child().approximateAge(), e.childSubjectId(), e.child().municipality(),
                e.concerns(), e.description(), e.immediateDanger(), e.otherChildrenAtRisk(), e.allegedAbuser(),
                e.onlineElement() == null ? null : e.onlineElement().asReported(), e.owningUnit(), e.immediateDanger() ? Urgency.URGENT : Urgency.STANDARD, null, null, Set.of(), null, null, null, 0, null, null, 0, null, List.of(), null, null, null, null, null, null,
                null, null, null, List.of(), List.of(), null, Map.of(), sequence), sequence);
    }

    @EventHandler
    void on(ReferralRegistered e, @SequenceNumber long sequence) {
        move(e.referralId(), e, sequence, new Update().set("urgency", e.urgency()));
    }

    @EventHandler
    void on(ReferralLinkedToCase e, @SequenceNumber long sequence) {
        move(e.referralId(), e, sequence, new Update().set("caseReferralId", e.caseReferralId()));
    }

    @EventHandler
    void on(AdditionalReferralLinked e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().addToSet("linkedReferrals", e.linkedReferralId()));
    }

    @EventHandler
    void on(CaseAssigned e, @SequenceNumber long sequence) {
        move(e.referralId(), e, sequence, new Update().set("socialWorker", e.socialWorker()));
    }

    @EventHandler
    void on(FirstContactMade e, @SequenceNumber long sequence) {
        move(e.referralId(), e, sequence, new Update());
    }

    @EventHandler
    void on(AssessmentCompleted e, @SequenceNumber long sequence) {
        move(e.referralId(), e, sequence, new Update().set("assessmentOutcome", e.outcome()));
    }

    @EventHandler
    void on(SafetyDecisionMade e, @SequenceNumber long sequence) {
        move(e.referralId(), e, sequence, new Update().addToSet("safetyMeasures").each(e.measures().toArray()));
    }

    @EventHandler
    void on(PoliceEnforcementRequested e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().set("policeEnforcementBy", e.policeDistrict()));
    }

    @EventHandler
    void on(FailureToReferRecorded e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().addToSet("failedToRefer", e.failedBody()));
    }

    @EventHandler
    void on(PoliceReportSubmitted e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().set("policeReportSubmittedAt", e.submittedAt()));
    }

    @EventHandler
    void on(SeparationEnforcementRecorded e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().set("separationEnforced", e.enforced()));
    }

    @EventHandler
    void on(SeparationDisobeyed e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().inc("separationDisobeyed", 1));
    }

    @EventHandler
    void on(WeaponsRightsRestricted e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().set("weaponsRestrictedUntil", e.validUntil()));
    }

    @EventHandler
    void on(RestrainingOrderRequested e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().set("restrainingOrderRequestedFrom", e.policeDistrict()));
    }

    @EventHandler
    void on(SeparationAppealed e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().inc("appeals", 1));
    }

    @EventHandler
    void on(CaseConferenceHeld e, @SequenceNumber long sequence) {
        move(e.referralId(), e, sequence, new Update().set("lastConferenceAt", e.heldAt())
                .set("planTasks", e.tasks().stream().map(PlannedTask::asPlanTask).toList()));
    }

    @EventHandler
    void on(MonitoringReviewRecorded e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().set("lastReviewAt", e.at()));
    }

    @EventHandler
    void on(ChildInterviewRecorded e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().set("lastChildInterviewAt", e.interviewedAt()));
    }

    @EventHandler
    void on(ChildRepresentativeAssigned e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().set("childRepresentative", e.representative()));
    }

    @EventHandler
    void on(ClosureRequested e, @SequenceNumber long sequence) {
        move(e.referralId(), e, sequence, new Update().set("requestedClosureReason", e.reason()));
    }

    @EventHandler
    void on(ClosureRejected e, @SequenceNumber long sequence) {
        move(e.referralId(), e, sequence, new Update().unset("requestedClosureReason"));
    }

    @EventHandler
    void on(CaseClosed e, @SequenceNumber long sequence) {
        move(e.referralId(), e, sequence, new Update().set("closureReason", e.reason())
                .set("closureApprovedBy", e.approvedBy()).set("reporterFeedback", e.feedback())
                .unset("requestedClosureReason"));
        if (!e.linkedReferrals().isEmpty()) {
            // The reporters of the referrals that joined this case learn the same outcome.
            writes.updateMulti(Query.query(Criteria.where("_id").in(e.linkedReferrals())),
                    new Update().set("reporterFeedback", e.feedback()), ReferralDocument.class);
        }
    }

    @EventHandler
    void on(CaseReopened e, @SequenceNumber long sequence) {
        move(e.referralId(), e, sequence, new Update()
                .unset("closureReason").unset("closureApprovedBy").unset("reporterFeedback").unset("assessmentOutcome")
                .set("safetyMeasures", Set.of()));
    }

    @EventHandler
    void on(TransferRequested e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().set("pendingTransferTo", e.toUnit()));
    }

    @EventHandler
    void on(TransferAccepted e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().set("owningUnit", e.toUnit()).unset("pendingTransferTo")
                .unset("socialWorker"));
    }

    @EventHandler
    void on(TransferRejected e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().unset("pendingTransferTo"));
    }

    @EventHandler
    void on(StatutoryClockStarted e, @SequenceNumber long sequence) {
        apply(e.referralId(), sequence, new Update().set("clocks." + e.clock(), new Clock(e.clockId(), e.ruleVersion(),
                e.legalBasis(), e.startedAt(), e.dueAt(), Clock.State.RUNNING)));
    }

    @EventHandler
    void on(StatutoryClockStopped e, @SequenceNumber long sequence) {
        clockEnded(e.referralId(), e.clock(), e.metDeadline() ? Clock.State.MET : Clock.State.MET_LATE, sequence);
    }

    @EventHandler
    void on(StatutoryClockMissed e, @SequenceNumber long sequence) {
        clockEnded(e.referralId(), e.clock(), Clock.State.MISSED, sequence);
    }

    private void clockEnded(String referralId, StatutoryClock which, Clock.State state, long sequence) {
        Clock c = current(referralId).clocks().get(which);
        apply(referralId, sequence, new Update().set("clocks." + which,
                new Clock(c.clockId(), c.ruleVersion(), c.legalBasis(), c.startedAt(), c.dueAt(), state)));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ReferralDocument.class);
    }

    private ReferralDocument current(String referralId) {
        return writes.findById(referralId, ReferralDocument.class);
    }

    /**
     * Applies the update once, with the status the referral's lifecycle moves to on the event: the aggregate's own
     * state machine, so the read model's status cannot drift from the one the aggregate decides on.
     */
    private void move(String referralId, Object event, long sequence, Update update) {
        ReferralLifecycle after = current(referralId).lifecycle().next(event);
        apply(referralId, sequence, update.set("status", after.status())
                .set("statusBeforeClosure", after.statusBeforeClosure()));
    }

    /** Applies the update once: only to a document that has not yet seen this event. */
    private void apply(String referralId, long sequence, Update update) {
        writes.applyOnce(ReferralDocument.class, referralId, sequence, update);
    }
}
