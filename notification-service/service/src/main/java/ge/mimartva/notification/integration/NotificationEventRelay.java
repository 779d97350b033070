package ge.mimartva.notification.integration;

import ge.mimartva.notification.NotificationMetrics;
import ge.mimartva.messaging.PersonalDataErasedV1;
import ge.mimartva.platform.privacy.PersonalDataErased;
import ge.mimartva.messaging.IntegrationEventRelay;
import ge.mimartva.notification.api.NotificationAcknowledgedV1;
import ge.mimartva.notification.api.NotificationContract;
import ge.mimartva.notification.api.NotificationDeliveredV1;
import ge.mimartva.notification.api.NotificationEscalatedV1;
import ge.mimartva.notification.api.NotificationIssuedV1;
import ge.mimartva.notification.command.NotificationAcknowledged;
import ge.mimartva.notification.command.NotificationDelivered;
import ge.mimartva.notification.command.NotificationEscalated;
import ge.mimartva.notification.command.NotificationIssued;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Publishes notification-service's public events (for the chain, integrators and escalation consumers). */
@Component
@ProcessingGroup(IntegrationEventRelay.PROCESSING_GROUP)
public class NotificationEventRelay {

    private final IntegrationEventRelay relay;
    private final NotificationMetrics metrics;

    public NotificationEventRelay(IntegrationEventRelay relay, NotificationMetrics metrics) {
        this.relay = relay;
        this.metrics = metrics;
    }

    @EventHandler
    void on(NotificationIssued e, EventMessage<?> message) throws InterruptedException {
        relay.relay(message, NotificationContract.SOURCE, new NotificationIssuedV1(e.notificationId(), e.referralId(), e.ruleId(), e.ruleVersion(),
                        e.legalBasis(), e.recipientBody(), e.channel(), e.acknowledgeBy(), e.issuedAt(), e.about()));
    }

    @EventHandler
    void on(NotificationDelivered e, EventMessage<?> message) throws InterruptedException {
        relay.relay(message, NotificationContract.SOURCE, new NotificationDeliveredV1(e.notificationId(), e.referralId(), e.recipientBody(), e.channel(),
                        e.deliveredAt()));
    }

    @EventHandler
    void on(NotificationAcknowledged e, EventMessage<?> message) throws InterruptedException {
        relay.relay(message, NotificationContract.SOURCE, new NotificationAcknowledgedV1(e.notificationId(), e.referralId(), e.recipientBody(), e.acknowledgedAt()));
    }

    @EventHandler
    void on(NotificationEscalated e, EventMessage<?> message) throws InterruptedException {
        relay.relay(message, NotificationContract.SOURCE, new NotificationEscalatedV1(e.notificationId(), e.referralId(), e.ruleId(), e.recipientBody(),
                        e.acknowledgeBy()));
        metrics.escalated();
    }

    /**
     * An erasure requested here reaches the other services (this service seals no personal data of its own; the
     * request is passed on so that an administrator may make it on any service).
     */
    @EventHandler
    void on(PersonalDataErased e, EventMessage<?> m) throws InterruptedException {
        Optional<PersonalDataErasedV1> published = PersonalDataErasedV1.toPublish(e);
        if (published.isPresent()) {
            relay.relay(m, NotificationContract.SOURCE, published.get());
        }
    }
}
