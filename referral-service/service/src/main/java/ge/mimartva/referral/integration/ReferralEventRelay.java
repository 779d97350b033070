package ge.mimartva.referral.integration;

import ge.mimartva.referral.ReferralMetrics;
import ge.mimartva.messaging.IntegrationEventRelay;
import ge.mimartva.messaging.PersonalDataErasedV1;
import ge.mimartva.platform.privacy.PersonalDataErased;
import ge.mimartva.referral.api.ReferralCaseEvents;
import ge.mimartva.referral.api.ReferralCaseEvents.CaseConferenceHeldV1.TaskOwner;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.referral.command.ReferralEvents;
import ge.mimartva.referral.command.ReferralFiled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import ge.mimartva.reference.GeorgianTime;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Publishes referral-service's public events: maps each domain event to its published contract (leaving the child's
 * identity and the workers' free text out) and hands it to the relay, which returns once RabbitMQ has confirmed it.
 * Clock starts and stops stay internal; a missed clock is published as an escalation.
 */
@Component
@ProcessingGroup(IntegrationEventRelay.PROCESSING_GROUP)
public class ReferralEventRelay {

    private final IntegrationEventRelay relay;
    private final ReferralMetrics metrics;

    public ReferralEventRelay(IntegrationEventRelay relay, ReferralMetrics metrics) {
        this.relay = relay;
        this.metrics = metrics;
    }

    private void publish(EventMessage<?> message, Object payload) throws InterruptedException {
        relay.relay(message, ReferralContract.SOURCE, payload);
    }

    @EventHandler
    void on(ReferralFiled e, EventMessage<?> message) throws InterruptedException {
        relay.relay(message, ReferralContract.SOURCE, new ReferralFiledV1(e.referralId(), e.reportingBody(), e.reportingBodyType(), e.child().municipality(),
                        e.concerns(), e.immediateDanger(), e.childSubjectId(), e.filedAt(),
                        e.child().ageBandOn(LocalDate.ofInstant(e.filedAt(), GeorgianTime.ZONE)),
                        e.onlineElement() == null ? List.of() : e.onlineElement().kinds()));
    }

    /** An erasure requested here reaches the other services; one they asked for is not sent back. */
    @EventHandler
    void on(PersonalDataErased e, EventMessage<?> m) throws InterruptedException {
        Optional<PersonalDataErasedV1> published = PersonalDataErasedV1.toPublish(e);
        if (published.isPresent()) {
            relay.relay(m, ReferralContract.SOURCE, published.get());
        }
    }

    @EventHandler
    void on(ReferralEvents.ReferralRegistered e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.ReferralRegisteredV1(e.referralId(), e.owningUnit(), e.urgency(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.ReferralLinkedToCase e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.ReferralLinkedToCaseV1(
                e.referralId(), e.caseReferralId(), e.matchedBy().name(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.ReferralRedirected e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.ReferralRedirectedV1(e.referralId(), e.redirectedTo(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.CaseAssigned e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.CaseAssignedV1(e.referralId(), e.owningUnit(), e.socialWorker(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.FirstContactMade e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.FirstContactMadeV1(e.referralId(), e.contactedAt()));
    }

    @EventHandler
    void on(ReferralEvents.AssessmentCompleted e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.AssessmentCompletedV1(e.referralId(), e.outcome(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.SafetyDecisionMade e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.SafetyDecisionMadeV1(e.referralId(), e.measures(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.FailureToReferRecorded e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.FailureToReferRecordedV1(
                e.referralId(), e.failedBody(), e.supervisingBody(), e.knownSince()));
    }

    @EventHandler
    void on(ReferralEvents.PoliceReportSubmitted e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.PoliceReportSubmittedV1(
                e.referralId(), e.policeDistrict(), e.reportReference(), e.submittedAt()));
    }

    @EventHandler
    void on(ReferralEvents.SeparationDisobeyed e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.SeparationDisobeyedV1(
                e.referralId(), e.municipality(), e.policeDistrict(), e.occurredAt()));
    }

    @EventHandler
    void on(ReferralEvents.WeaponsRightsRestricted e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.WeaponsRightsRestrictedV1(
                e.referralId(), e.municipality(), e.policeDistrict(), e.validUntil(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.RestrainingOrderRequested e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.RestrainingOrderRequestedV1(
                e.referralId(), e.municipality(), e.policeDistrict(), e.owningUnit(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.PoliceEnforcementRequested e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.SeparationDecidedV1(
                e.referralId(), e.municipality(), e.policeDistrict(), e.owningUnit(), e.at(), e.placementProvider()));
    }

    @EventHandler
    void on(ReferralEvents.SeparationAppealed e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.SeparationAppealedV1(e.referralId(), e.lodgedOn(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.CaseConferenceHeld e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.CaseConferenceHeldV1(
                e.referralId(), e.heldAt(), e.participants(),
                e.tasks().stream().map(t -> new TaskOwner(t.ownerBody(), t.due())).toList()));
    }

    @EventHandler
    void on(ReferralEvents.MonitoringReviewRecorded e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.MonitoringReviewRecordedV1(e.referralId(), e.riskPersists(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.ClosureRequested e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.ClosureRequestedV1(e.referralId(), e.owningUnit(), e.reason(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.ClosureRejected e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.ClosureRejectedV1(e.referralId(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.CaseClosed e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.CaseClosedV1(e.referralId(),
                e.owningUnit(), e.reportingBody(), e.linkedReferrals(), e.reason(), e.feedback(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.CaseReopened e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.CaseReopenedV1(e.referralId(),
                e.owningUnit(), e.reportingBody(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.TransferRequested e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.TransferRequestedV1(e.referralId(), e.fromUnit(), e.toUnit(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.TransferAccepted e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.TransferAcceptedV1(e.referralId(), e.fromUnit(), e.toUnit(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.TransferRejected e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.TransferRejectedV1(e.referralId(), e.fromUnit(), e.toUnit(), e.at()));
    }

    @EventHandler
    void on(ReferralEvents.StatutoryClockMissed e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ReferralCaseEvents.StatutoryClockMissedV1(
                e.referralId(), e.owningUnit(), e.clock(), e.ruleVersion(), e.dueAt()));
        metrics.clockMissed(e.clock());
    }
}
