package ge.mimartva.victimstatus.integration;

import ge.mimartva.victimstatus.api.PerpetratorMovement;
import ge.mimartva.messaging.IntegrationEventRelay;
import ge.mimartva.victimstatus.api.ReferralLinkedToProtectionRecordV1;
import ge.mimartva.victimstatus.api.VictimStatusContract;
import ge.mimartva.victimstatus.api.VictimStatusEvents;
import ge.mimartva.victimstatus.command.ReferralLinkedToProtectionRecord;
import ge.mimartva.victimstatus.order.OrderEvents;
import ge.mimartva.victimstatus.api.ProhibitedMatter;
import ge.mimartva.victimstatus.penitentiary.PenitentiaryNotice;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Publishes victim-status-service's public events: each decision on orders and each penitentiary notice, mapped to
 * its published contract without the parties' identities.
 */
@Component
@ProcessingGroup(IntegrationEventRelay.PROCESSING_GROUP)
public class VictimStatusEventRelay {

    private final IntegrationEventRelay relay;

    public VictimStatusEventRelay(IntegrationEventRelay relay) {
        this.relay = relay;
    }

    private void publish(EventMessage<?> message, String type, Object payload) throws InterruptedException {
        relay.relay(message, VictimStatusContract.SOURCE, type, VictimStatusEvents.VERSION, payload);
    }

    @EventHandler
    void on(ReferralLinkedToProtectionRecord e, EventMessage<?> message) throws InterruptedException {
        relay.relay(message, VictimStatusContract.SOURCE, ReferralLinkedToProtectionRecordV1.TYPE,
                ReferralLinkedToProtectionRecordV1.VERSION,
                new ReferralLinkedToProtectionRecordV1(e.recordId(), e.referralId(), e.municipality(), e.linkedAt()));
    }

    @EventHandler
    void on(OrderEvents.RestrainingOrderIssued e, EventMessage<?> m) throws InterruptedException {
        boolean minors = e.minorsConcerned() || e.victimIsMinor() || e.matters().contains(ProhibitedMatter.SEPARATION_FROM_MINOR);
        publish(m, VictimStatusEvents.RestrainingOrderIssuedV1.TYPE, new VictimStatusEvents.RestrainingOrderIssuedV1(
                e.orderId(), e.referralId(), e.victim().municipality(), e.issuingDistrict(),
                e.matters().contains(ProhibitedMatter.WEAPONS_RESTRICTED),
                e.matters().contains(ProhibitedMatter.ELECTRONIC_SURVEILLANCE), minors, e.issuedAt(), e.validUntil()));
    }

    @EventHandler
    void on(OrderEvents.AppealLodged e, EventMessage<?> m) throws InterruptedException {
        publish(m, VictimStatusEvents.OrderAppealedV1.TYPE,
                new VictimStatusEvents.OrderAppealedV1(e.orderId(), e.referralId(), e.by().name(), e.lodgedAt()));
    }

    @EventHandler
    void on(OrderEvents.SurveillanceApproved e, EventMessage<?> m) throws InterruptedException {
        publish(m, VictimStatusEvents.SurveillanceApprovedV1.TYPE,
                new VictimStatusEvents.SurveillanceApprovedV1(e.orderId(), e.referralId(), e.approvedAt()));
    }

    @EventHandler
    void on(OrderEvents.SurveillanceEnded e, EventMessage<?> m) throws InterruptedException {
        publish(m, VictimStatusEvents.SurveillanceEndedV1.TYPE,
                new VictimStatusEvents.SurveillanceEndedV1(e.orderId(), e.referralId(), e.reason(), e.endedAt()));
    }

    @EventHandler
    void on(OrderEvents.OrderViolationRecorded e, EventMessage<?> m) throws InterruptedException {
        publish(m, VictimStatusEvents.OrderViolatedV1.TYPE,
                new VictimStatusEvents.OrderViolatedV1(e.orderId(), e.referralId(), e.municipality(), e.reportedAt()));
    }

    @EventHandler
    void on(OrderEvents.CriminalElementsRecorded e, EventMessage<?> m) throws InterruptedException {
        publish(m, VictimStatusEvents.CriminalElementsFoundV1.TYPE,
                new VictimStatusEvents.CriminalElementsFoundV1(e.orderId(), e.referralId(), e.municipality(), e.foundAt()));
    }

    @EventHandler
    void on(OrderEvents.OrderExpiryApproaching e, EventMessage<?> m) throws InterruptedException {
        publish(m, VictimStatusEvents.OrderExpiringV1.TYPE, new VictimStatusEvents.OrderExpiringV1(e.orderId(),
                e.referralId(), e.municipality(), "RESTRAINING_ORDER", e.expiresOn()));
    }

    @EventHandler
    void on(OrderEvents.OrderExpired e, EventMessage<?> m) throws InterruptedException {
        publish(m, VictimStatusEvents.OrderExpiredV1.TYPE,
                new VictimStatusEvents.OrderExpiredV1(e.orderId(), e.referralId(), e.expiredOn()));
    }

    @EventHandler
    void on(PenitentiaryNotice.PenitentiaryNoticeRecorded e, EventMessage<?> m) throws InterruptedException {
        publish(m, VictimStatusEvents.PerpetratorMovementNotifiedV1.TYPE, new VictimStatusEvents.PerpetratorMovementNotifiedV1(
                e.noticeId(), e.referralId(), e.victimMunicipality(), e.institution(), e.movement().name(), e.effectiveAt()));
    }

    @EventHandler
    void on(PenitentiaryNotice.RiskReassessmentRequested e, EventMessage<?> m) throws InterruptedException {
        publish(m, VictimStatusEvents.RiskReassessmentRequestedV1.TYPE,
                new VictimStatusEvents.RiskReassessmentRequestedV1(e.noticeId(), e.referralId(), e.policeDistrict()));
    }
}
