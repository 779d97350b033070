package ge.mimartva.victimstatus.integration;

import ge.mimartva.messaging.PersonalDataErasedV1;
import ge.mimartva.platform.privacy.PersonalDataErased;
import ge.mimartva.messaging.IntegrationEventRelay;
import ge.mimartva.platform.audit.RecordRead;
import ge.mimartva.victimstatus.api.ProhibitedMatter;
import ge.mimartva.victimstatus.api.ReferralLinkedToProtectionRecordV1;
import ge.mimartva.victimstatus.api.VictimStatusContract;
import ge.mimartva.victimstatus.api.VictimStatusEvents;
import ge.mimartva.victimstatus.protection.ReferralLinkedToProtectionRecord;
import ge.mimartva.victimstatus.lookup.ProtectionLookup;
import ge.mimartva.victimstatus.order.OrderEvents;
import ge.mimartva.victimstatus.request.OrderRequest;
import ge.mimartva.victimstatus.shelter.ShelterPlacement;
import ge.mimartva.victimstatus.order.ProtectiveOrder;
import ge.mimartva.victimstatus.penitentiary.PenitentiaryNotice;
import ge.mimartva.victimstatus.status.VictimStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Optional;

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

    private void publish(EventMessage<?> message, Object payload) throws InterruptedException {
        relay.relay(message, VictimStatusContract.SOURCE, payload);
    }

    @EventHandler
    void on(ReferralLinkedToProtectionRecord e, EventMessage<?> message) throws InterruptedException {
        relay.relay(message, VictimStatusContract.SOURCE, new ReferralLinkedToProtectionRecordV1(e.recordId(), e.referralId(), e.municipality(), e.linkedAt()));
    }

    /** A read of a record joins the chain of the referral it belongs to (who read is the message's actor). */
    @EventHandler
    void on(RecordRead e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.RecordReadV1(e.record(), e.recordId(),
                e.purpose().name(), e.readAt()));
    }

    @EventHandler
    void on(OrderEvents.RestrainingOrderIssued e, EventMessage<?> m) throws InterruptedException {
        boolean minors = e.minorsConcerned() || e.victimIsMinor() || e.matters().contains(ProhibitedMatter.SEPARATION_FROM_MINOR);
        publish(m, new VictimStatusEvents.RestrainingOrderIssuedV1(
                e.orderId(), e.referralId(), e.victim().municipality(), e.issuingDistrict(),
                e.matters().contains(ProhibitedMatter.WEAPONS_RESTRICTED),
                e.matters().contains(ProhibitedMatter.ELECTRONIC_SURVEILLANCE), minors, e.issuedAt(), e.validUntil()));
    }

    @EventHandler
    void on(OrderEvents.AppealLodged e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.OrderAppealedV1(e.orderId(), e.referralId(), e.by().name(), e.lodgedAt()));
    }

    @EventHandler
    void on(ShelterPlacement.ShelterTermEnded e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.ShelterTermEndedV1(e.placementId(),
                e.referralId(), e.municipality(), e.until()));
    }

    @EventHandler
    void on(ShelterPlacement.ShelterPlacementEnded e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.ShelterPlacementEndedV1(
                e.placementId(), e.referralId(), e.municipality(), e.endedOn(), e.victimSafe()));
    }

    @EventHandler
    void on(OrderRequest.OrderRequested e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.OrderRequestedV1(e.requestId(),
                e.referralId(), e.municipality(), e.measure().name(), e.requester().name(), e.addressedTo(), e.requestedAt()));
    }

    @EventHandler
    void on(OrderRequest.OrderRequestAnswered e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.OrderRequestAnsweredV1(
                e.requestId(), e.referralId(), e.municipality(), e.measure().name(), e.issued() ? "ISSUED" : "REFUSED",
                e.answeredAt()));
    }

    @EventHandler
    void on(OrderEvents.SurveillanceImposed e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.SurveillanceImposedV1(
                e.orderId(), e.referralId(), e.municipality(), e.issuingDistrict(), e.imposedAt(), e.submissionDue()));
    }

    @EventHandler
    void on(OrderEvents.RestrainingOrderCancelled e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.RestrainingOrderCancelledV1(
                e.orderId(), e.referralId(), e.municipality(), e.ground().name(), e.cancelledAt()));
    }

    @EventHandler
    void on(OrderEvents.SurveillanceApproved e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.SurveillanceApprovedV1(e.orderId(), e.referralId(), e.approvedAt()));
    }

    @EventHandler
    void on(OrderEvents.SurveillanceEnded e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.SurveillanceEndedV1(e.orderId(), e.referralId(), e.reason(), e.endedAt(), e.municipality()));
    }

    @EventHandler
    void on(OrderEvents.OrderViolationRecorded e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.OrderViolatedV1(e.orderId(), e.referralId(), e.municipality(), e.reportedAt()));
    }

    @EventHandler
    void on(OrderEvents.CriminalElementsRecorded e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.CriminalElementsFoundV1(e.orderId(), e.referralId(), e.municipality(), e.foundAt()));
    }

    @EventHandler
    void on(OrderEvents.OrderExpiryApproaching e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.OrderExpiringV1(e.orderId(),
                e.referralId(), e.municipality(), "RESTRAINING_ORDER", e.expiresOn()));
    }

    @EventHandler
    void on(OrderEvents.OrderExpired e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.OrderExpiredV1(e.orderId(), e.referralId(), e.expiredOn()));
    }

    @EventHandler
    void on(PenitentiaryNotice.PenitentiaryNoticeRecorded e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.PerpetratorMovementNotifiedV1(
                e.noticeId(), e.referralId(), e.victimMunicipality(), e.institution(), e.movement().name(), e.effectiveAt()));
    }

    @EventHandler
    void on(PenitentiaryNotice.RiskReassessmentRequested e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.RiskReassessmentRequestedV1(e.noticeId(), e.referralId(), e.policeDistrict()));
    }

    @EventHandler
    void on(ProtectiveOrder.ProtectiveOrderIssued e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.ProtectiveOrderIssuedV1(
                e.orderId(), e.referralId(), e.victim().municipality(), e.court(), false, e.issuedAt(), e.validUntil()));
    }

    @EventHandler
    void on(ProtectiveOrder.ProtectiveOrderExtended e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.ProtectiveOrderIssuedV1(
                e.orderId(), e.referralId(), e.municipality(), e.court(), true, e.at(), e.extendedUntil()));
    }

    @EventHandler
    void on(ProtectiveOrder.ProtectiveOrderViolationRecorded e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.OrderViolatedV1(e.orderId(), e.referralId(), e.municipality(), e.reportedAt()));
    }

    @EventHandler
    void on(ProtectiveOrder.ProtectiveOrderExpiryApproaching e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.OrderExpiringV1(e.orderId(),
                e.referralId(), e.municipality(), "PROTECTIVE_ORDER", e.expiresOn()));
    }

    @EventHandler
    void on(ProtectiveOrder.ProtectiveOrderEnded e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.ProtectiveOrderEndedV1(e.orderId(), e.referralId(), e.reason(), e.endedOn(), e.municipality()));
    }

    @EventHandler
    void on(VictimStatus.VictimStatusGranted e, EventMessage<?> m) throws InterruptedException {
        decided(m, e.statusId(), e.referralId(), e.municipality(), "GRANTED", e.grantingBody(), e.validUntil(), e.at());
    }

    @EventHandler
    void on(VictimStatus.VictimStatusRefused e, EventMessage<?> m) throws InterruptedException {
        decided(m, e.statusId(), e.referralId(), e.municipality(), "REFUSED", e.grantingBody(), null, e.at());
    }

    @EventHandler
    void on(VictimStatus.VictimStatusRevoked e, EventMessage<?> m) throws InterruptedException {
        decided(m, e.statusId(), e.referralId(), e.municipality(), "REVOKED", e.grantingBody(), null, e.at());
    }

    @EventHandler
    void on(VictimStatus.VictimStatusExpiring e, EventMessage<?> m) throws InterruptedException {
        decided(m, e.statusId(), e.referralId(), e.municipality(), "EXPIRING", null, e.validUntil(), m.getTimestamp());
    }

    @EventHandler
    void on(VictimStatus.VictimStatusExpired e, EventMessage<?> m) throws InterruptedException {
        decided(m, e.statusId(), e.referralId(), e.municipality(), "EXPIRED", null, e.validUntil(), m.getTimestamp());
    }

    private void decided(EventMessage<?> m, String statusId, String referralId, String municipality, String outcome,
                         String grantingBody, LocalDate validUntil, Instant at) throws InterruptedException {
        publish(m, new VictimStatusEvents.VictimStatusDecidedV1(statusId,
                referralId, municipality, outcome, grantingBody, validUntil, at));
    }

    /** Only a lookup that found something is published: the unit that holds the child's case or record is told. */
    @EventHandler
    void on(ProtectionLookup.ProtectionLookupPerformed e, EventMessage<?> m) throws InterruptedException {
        if (e.caseOwner() != null) {
            publish(m, new VictimStatusEvents.ProtectionLookupPerformedV1(
                    e.lookupId(), e.referralId() != null ? e.referralId() : e.lookupId(), e.caseOwner(), e.actorBody(),
                    e.actorRole(), e.at()));
        }
    }

    /** A user's lookups went beyond the daily quota: the auditors are alerted. */
    @EventHandler
    void on(ProtectionLookup.ProtectionLookupQuotaExceeded e, EventMessage<?> m) throws InterruptedException {
        publish(m, new VictimStatusEvents.ProtectionLookupQuotaExceededV1(
                e.lookupId(), e.actorBody(), e.actorRole(), e.lookupsToday(), e.at()));
    }

    /** An erasure requested here reaches the other services; one they asked for is not sent back. */
    @EventHandler
    void on(PersonalDataErased e, EventMessage<?> m) throws InterruptedException {
        Optional<PersonalDataErasedV1> published = PersonalDataErasedV1.toPublish(e);
        if (published.isPresent()) {
            relay.relay(m, VictimStatusContract.SOURCE, published.get());
        }
    }
}
