package ge.mimartva.referral.integration;

import ge.mimartva.messaging.IntegrationEventRelay;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.referral.command.ReferralFiled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Publishes referral-service's public events: maps each domain event to its published contract (leaving the child's
 * identity out) and hands it to the relay, which returns once RabbitMQ has confirmed it.
 */
@Component
@ProcessingGroup(IntegrationEventRelay.PROCESSING_GROUP)
public class ReferralEventRelay {

    private final IntegrationEventRelay relay;

    public ReferralEventRelay(IntegrationEventRelay relay) {
        this.relay = relay;
    }

    @EventHandler
    void on(ReferralFiled e, EventMessage<?> message) throws InterruptedException {
        relay.relay(message, ReferralContract.SOURCE, ReferralFiledV1.TYPE, ReferralFiledV1.VERSION,
                new ReferralFiledV1(e.referralId(), e.reportingBody(), e.reportingBodyType(), e.child().municipality(),
                        e.concerns(), e.immediateDanger(), e.childSubjectId(), e.filedAt()));
    }
}
