package ge.mimartva.notification.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.messaging.IntegrationEventConsumer;
import ge.mimartva.messaging.IntegrationTopology;
import ge.mimartva.messaging.ReceivedIntegrationEvent;
import ge.mimartva.notification.issuing.NotificationIssuer;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.security.Actor;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns the other services' events into notifications, one per matrix rule and recipient. Events that trigger no
 * row are acknowledged and left alone.
 */
@Configuration
public class ReferralEventsConsumer {

    static final Actor NOTIFICATION_SERVICE = Actor.service("notification-service");

    private final NotificationIssuer issuer;

    public ReferralEventsConsumer(NotificationIssuer issuer) {
        this.issuer = issuer;
    }

    @Bean
    SimpleMessageListenerContainer notificationInboundConsumer(ConnectionFactory connectionFactory, ObjectMapper mapper) {
        return IntegrationEventConsumer.container(connectionFactory, IntegrationTopology.NOTIFICATION_SERVICE,
                this::handle, mapper);
    }

    void handle(ReceivedIntegrationEvent event) {
        ReferralTriggers.factsOf(event).ifPresent(facts -> issuer.issue(event.source() + "." + event.type(),
                event.eventId(), event.occurredAt(), facts,
                event.context().actedBy(NOTIFICATION_SERVICE).causedBy(event.eventId())));
    }
}
