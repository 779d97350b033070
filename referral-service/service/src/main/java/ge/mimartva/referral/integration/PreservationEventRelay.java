package ge.mimartva.referral.integration;

import ge.mimartva.messaging.IntegrationEventRelay;
import ge.mimartva.referral.api.PreservationRequestEvents;
import ge.mimartva.referral.api.PreservationRequestEvents.CentralAuthorityConsultedV1;
import ge.mimartva.referral.api.PreservationRequestEvents.DualCriminalityDecidedV1;
import ge.mimartva.referral.api.PreservationRequestEvents.PreservationClockMissedV1;
import ge.mimartva.referral.api.PreservationRequestEvents.PreservationRequestRecordedV1;
import ge.mimartva.referral.api.PreservationRequestEvents.ProviderAnsweredV1;
import ge.mimartva.referral.api.PreservationRequestEvents.ProviderAskedToPreserveV1;
import ge.mimartva.referral.api.PreservationRequestEvents.RequesterToldOfPreservationV1;
import ge.mimartva.referral.api.PreservationRequestEvents.UrgentMlaOfferedV1;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.command.preservation.PreservationEvents.CentralAuthorityConsulted;
import ge.mimartva.referral.command.preservation.PreservationEvents.DataPreserved;
import ge.mimartva.referral.command.preservation.PreservationEvents.DualCriminalityDecided;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationClockMissed;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationRequestRecorded;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationUnavailable;
import ge.mimartva.referral.command.preservation.PreservationEvents.ProviderAskedToPreserve;
import ge.mimartva.referral.command.preservation.PreservationEvents.RequesterToldOfPreservation;
import ge.mimartva.referral.command.preservation.PreservationEvents.UrgentMlaOffered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Publishes the preservation requests' steps that someone outside the division must hear of (the requester, the
 * central authority, the provider) or that escalate (a missed clock), without the data to preserve or any text.
 * The central authority's answer and the clocks' starts and stops stay internal.
 */
@Component
@ProcessingGroup(IntegrationEventRelay.PROCESSING_GROUP)
public class PreservationEventRelay {

    private final IntegrationEventRelay relay;

    public PreservationEventRelay(IntegrationEventRelay relay) {
        this.relay = relay;
    }

    private void publish(EventMessage<?> message, Object payload) throws InterruptedException {
        relay.relay(message, ReferralContract.SOURCE, payload);
    }

    @EventHandler
    void on(PreservationRequestRecorded e, EventMessage<?> m) throws InterruptedException {
        publish(m, new PreservationRequestRecordedV1(e.requestId(), e.referralId(),
                e.origin(), e.requestingAuthority(), e.serviceProvider(), e.receiptConfirmationRequested(), e.recordedAt()));
    }

    @EventHandler
    void on(CentralAuthorityConsulted e, EventMessage<?> m) throws InterruptedException {
        publish(m, new CentralAuthorityConsultedV1(e.requestId(), e.referralId(),
                e.centralAuthority(), e.at()));
    }

    @EventHandler
    void on(DualCriminalityDecided e, EventMessage<?> m) throws InterruptedException {
        publish(m, new DualCriminalityDecidedV1(e.requestId(), e.referralId(),
                e.approved(), e.requestingAuthority(), e.at()));
    }

    @EventHandler
    void on(ProviderAskedToPreserve e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ProviderAskedToPreserveV1(e.requestId(), e.referralId(),
                e.serviceProvider(), e.at()));
    }

    @EventHandler
    void on(DataPreserved e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ProviderAnsweredV1(e.requestId(), e.referralId(), e.serviceProvider(),
                true, e.preservedUntil(), e.at()));
    }

    @EventHandler
    void on(PreservationUnavailable e, EventMessage<?> m) throws InterruptedException {
        publish(m, new ProviderAnsweredV1(e.requestId(), e.referralId(), e.serviceProvider(),
                false, null, e.at()));
    }

    @EventHandler
    void on(RequesterToldOfPreservation e, EventMessage<?> m) throws InterruptedException {
        publish(m, new RequesterToldOfPreservationV1(e.requestId(), e.referralId(),
                e.requestingAuthority(), e.at()));
    }

    @EventHandler
    void on(UrgentMlaOffered e, EventMessage<?> m) throws InterruptedException {
        publish(m, new UrgentMlaOfferedV1(e.requestId(), e.referralId(), e.requestingAuthority(),
                e.at()));
    }

    @EventHandler
    void on(PreservationClockMissed e, EventMessage<?> m) throws InterruptedException {
        publish(m, new PreservationClockMissedV1(e.requestId(), e.referralId(), e.step(),
                e.dueAt()));
    }
}
