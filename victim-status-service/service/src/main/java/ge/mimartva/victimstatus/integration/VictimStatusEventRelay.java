package ge.mimartva.victimstatus.integration;

import ge.mimartva.messaging.IntegrationEventRelay;
import ge.mimartva.victimstatus.api.ReferralLinkedToProtectionRecordV1;
import ge.mimartva.victimstatus.api.VictimStatusContract;
import ge.mimartva.victimstatus.command.ReferralLinkedToProtectionRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/** Publishes victim-status-service's public events. */
@Component
@ProcessingGroup(IntegrationEventRelay.PROCESSING_GROUP)
public class VictimStatusEventRelay {

    private final IntegrationEventRelay relay;

    public VictimStatusEventRelay(IntegrationEventRelay relay) {
        this.relay = relay;
    }

    @EventHandler
    void on(ReferralLinkedToProtectionRecord e, EventMessage<?> message) throws InterruptedException {
        relay.relay(message, VictimStatusContract.SOURCE, ReferralLinkedToProtectionRecordV1.TYPE,
                ReferralLinkedToProtectionRecordV1.VERSION,
                new ReferralLinkedToProtectionRecordV1(e.recordId(), e.referralId(), e.municipality(), e.linkedAt()));
    }
}
