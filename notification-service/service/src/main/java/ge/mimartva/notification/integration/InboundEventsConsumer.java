package ge.mimartva.notification.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.messaging.IntegrationEventConsumer;
import ge.mimartva.messaging.IntegrationTopology;
import ge.mimartva.messaging.ReceivedIntegrationEvent;
import ge.mimartva.notification.feed.IntegrationFeed;
import ge.mimartva.notification.feed.SubscriptionDelivery;
import ge.mimartva.notification.issuing.NotificationIssuer;
import ge.mimartva.security.Actor;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every integration event on the bus reaches notification-service once here: it joins the integrators' feed (and
 * their subscriptions' outbox), and, where a matrix row is triggered by it, becomes notifications, one per rule and
 * recipient. Each step is idempotent, so a redelivered event changes nothing.
 */
@Configuration
public class InboundEventsConsumer {

    static final Actor NOTIFICATION_SERVICE = Actor.service("notification-service");

    private final NotificationIssuer issuer;
    private final IntegrationFeed feed;
    private final SubscriptionDelivery subscriptions;

    public InboundEventsConsumer(NotificationIssuer issuer, IntegrationFeed feed, SubscriptionDelivery subscriptions) {
        this.issuer = issuer;
        this.feed = feed;
        this.subscriptions = subscriptions;
    }

    @Bean
    SimpleMessageListenerContainer notificationInboundConsumer(ConnectionFactory connectionFactory, ObjectMapper mapper) {
        return IntegrationEventConsumer.container(connectionFactory, IntegrationTopology.subscription("notification-service.inbound"),
                this::handle, mapper);
    }

    void handle(ReceivedIntegrationEvent event) {
        subscriptions.fanOut(feed.record(event));
        TriggerEvents.factsOf(event).ifPresent(facts -> issuer.issue(event.source() + "." + event.type(),
                event.eventId(), event.occurredAt(), facts,
                event.context().actedBy(NOTIFICATION_SERVICE).causedBy(event.eventId())));
    }
}
