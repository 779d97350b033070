package ge.mimartva.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * Publishes one integration event and returns only when the broker has confirmed it (publisher confirms); a nack,
 * a return, a lost connection or a timeout is an exception, so the caller's tracking token does not advance.
 */
public class IntegrationEventPublisher {

    static final String HEADER_SOURCE = "source";
    static final String HEADER_VERSION = "version";
    static final String HEADER_OCCURRED_AT = "occurredAt";

    private final RabbitTemplate rabbit;
    private final ObjectMapper mapper;
    private final Duration confirmTimeout;
    private final Counter confirmed;
    private final Counter notConfirmed;

    public IntegrationEventPublisher(RabbitTemplate rabbit, ObjectMapper mapper, Duration confirmTimeout,
                                     MeterRegistry meters) {
        this.rabbit = rabbit;
        this.mapper = mapper;
        this.confirmTimeout = confirmTimeout;
        this.confirmed = Counter.builder("mimartva.messaging.publish.confirms").tag("outcome", "confirmed")
                .description("Integration events the broker confirmed").register(meters);
        this.notConfirmed = Counter.builder("mimartva.messaging.publish.confirms").tag("outcome", "not-confirmed")
                .description("Integration events refused, returned, lost or timed out (published again)").register(meters);
    }

    public void publishConfirmed(IntegrationMessage event) throws PublishNotConfirmedException {
        awaitConfirm(event, publish(event));
    }

    /** Sends the event without waiting: {@link #awaitConfirm} says later whether the broker took it. */
    CorrelationData publish(IntegrationMessage event) {
        CorrelationData correlation = new CorrelationData(event.eventId());
        try {
            rabbit.send(IntegrationTopology.EXCHANGE, event.routingKey(), toAmqp(event), correlation);
        } catch (RuntimeException e) {
            correlation.getFuture().completeExceptionally(e);
        }
        return correlation;
    }

    /** Returns once the broker confirmed the sent event; a nack, a return, a lost connection or a timeout throws. */
    void awaitConfirm(IntegrationMessage event, CorrelationData correlation) throws PublishNotConfirmedException {
        try {
            CorrelationData.Confirm confirm = correlation.getFuture().get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!confirm.isAck()) {
                throw new PublishNotConfirmedException("broker refused " + event.routingKey() + ": " + confirm.getReason());
            }
            if (correlation.getReturned() != null) {
                throw new PublishNotConfirmedException("broker returned " + event.routingKey() + " as unroutable");
            }
            confirmed.increment();
        } catch (PublishNotConfirmedException e) {
            notConfirmed.increment();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            notConfirmed.increment();
            throw new PublishNotConfirmedException("interrupted while publishing " + event.routingKey());
        } catch (Exception e) {
            notConfirmed.increment();
            throw new PublishNotConfirmedException("could not publish " + event.routingKey() + ": " + e.getClass().getSimpleName());
        }
    }

    Message toAmqp(IntegrationMessage event) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(event.eventId());
        properties.setType(event.type());
        properties.setTimestamp(Date.from(event.occurredAt()));
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setHeader(HEADER_SOURCE, event.source());
        properties.setHeader(HEADER_VERSION, event.version());
        properties.setHeader(HEADER_OCCURRED_AT, event.occurredAt().toString());
        event.context().asMap().forEach(properties::setHeader);
        try {
            return new Message(mapper.writeValueAsBytes(event.payload()), properties);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.type() + " (a bug in its published contract)");
        }
    }

    /** The broker did not take responsibility for the event; it must be published again. */
    public static class PublishNotConfirmedException extends Exception {
        public PublishNotConfirmedException(String message) {
            super(message);
        }
    }
}
