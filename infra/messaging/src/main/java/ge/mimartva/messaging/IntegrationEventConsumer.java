package ge.mimartva.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;
import ge.mimartva.platform.axon.CommandOutcomes;
import ge.mimartva.platform.messages.MessageContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Consumes a service's inbound quorum queue with manual acknowledgements: a message is acked only after its handler
 * returned (its effects committed); a handler failure nacks it for redelivery, which the queue bounds with its
 * delivery limit before dead-lettering; a message that can never be processed is dead-lettered at once. A handler
 * that lost a race for its record (the service's other instances consume the same queue, and two events of one
 * referral may be handled at once) is tried again here, a few times, before the message goes back to the queue: a
 * race is not a failure, and must not use up the delivery limit.
 */
public class IntegrationEventConsumer implements ChannelAwareMessageListener {

    private static final Logger log = LoggerFactory.getLogger(IntegrationEventConsumer.class);
    private static final int ATTEMPTS_AFTER_A_RACE = 5;

    private final IntegrationEventHandler handler;
    private final ObjectMapper mapper;

    IntegrationEventConsumer(IntegrationEventHandler handler, ObjectMapper mapper) {
        this.handler = handler;
        this.mapper = mapper;
    }

    public static SimpleMessageListenerContainer container(ConnectionFactory connectionFactory,
                                                           IntegrationTopology.Subscription subscription,
                                                           IntegrationEventHandler handler, ObjectMapper mapper) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueueNames(subscription.queue());
        container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        container.setPrefetchCount(20);
        container.setMissingQueuesFatal(false);
        container.setRecoveryInterval(2000);
        container.setDefaultRequeueRejected(true);
        // Each message is handled in a span continuing the trace in its traceparent header (TraceParents).
        container.setObservationEnabled(true);
        container.setMessageListener(new IntegrationEventConsumer(handler, mapper));
        return container;
    }

    @Override
    public void onMessage(Message message, Channel channel) throws IOException {
        long tag = message.getMessageProperties().getDeliveryTag();
        ReceivedIntegrationEvent event;
        try {
            event = read(message);
        } catch (UnprocessableIntegrationEvent e) {
            log.error("Dead-lettering an unreadable message: {}", e.getMessage());
            channel.basicReject(tag, false);
            return;
        }
        try {
            handleRetryingRaces(event);
            channel.basicAck(tag, false);
        } catch (UnprocessableIntegrationEvent e) {
            log.error("Dead-lettering {}.{} (event {}): {}", event.source(), event.type(), event.eventId(), e.getMessage());
            channel.basicReject(tag, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.basicNack(tag, false, true);
        } catch (Exception e) {
            // The exception's message is not logged: it may quote the payload. Its type and the event id suffice.
            log.warn("Handling {}.{} (event {}) failed with {}; it will be redelivered", event.source(), event.type(),
                    event.eventId(), e.getClass().getName());
            channel.basicNack(tag, false, true);
        }
    }

    private void handleRetryingRaces(ReceivedIntegrationEvent event) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                handler.handle(event);
                return;
            } catch (Exception e) {
                if (attempt >= ATTEMPTS_AFTER_A_RACE || !CommandOutcomes.lostARace(e)) {
                    throw e;
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * attempt);
            }
        }
    }

    ReceivedIntegrationEvent read(Message message) {
        MessageProperties p = message.getMessageProperties();
        Map<String, Object> headers = p.getHeaders();
        Object source = headers.get(IntegrationEventPublisher.HEADER_SOURCE);
        Object version = headers.get(IntegrationEventPublisher.HEADER_VERSION);
        Object occurredAt = headers.get(IntegrationEventPublisher.HEADER_OCCURRED_AT);
        if (p.getMessageId() == null || p.getType() == null || source == null || version == null || occurredAt == null) {
            throw new UnprocessableIntegrationEvent("message lacks the integration-event headers");
        }
        try {
            JsonNode payload = mapper.readTree(message.getBody());
            return new ReceivedIntegrationEvent(p.getMessageId(), source.toString(), p.getType(),
                    Integer.parseInt(version.toString()), Instant.parse(occurredAt.toString()),
                    MessageContext.from(headers), payload, mapper);
        } catch (IOException | RuntimeException e) {
            throw new UnprocessableIntegrationEvent("message " + p.getMessageId() + " is not a readable integration event");
        }
    }
}
