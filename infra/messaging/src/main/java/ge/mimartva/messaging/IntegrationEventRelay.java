package ge.mimartva.messaging;

import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The outbox relay's publishing step. A service's relay is a tracking event processor (processing group
 * {@value #PROCESSING_GROUP}) reading the service's own event store; for each public event it calls
 * {@link #relay}, which returns only once the broker has confirmed. While the broker is unreachable it keeps
 * retrying (backing off up to {@code maxBackoff}); the processor's token therefore advances only past confirmed
 * events, and nothing is lost. A confirm lost in transit means the event is published again: consumers are idempotent.
 */
public class IntegrationEventRelay {

    public static final String PROCESSING_GROUP = "integration-event-relay";
    private static final Logger log = LoggerFactory.getLogger(IntegrationEventRelay.class);

    private final IntegrationEventPublisher publisher;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    public IntegrationEventRelay(IntegrationEventPublisher publisher, Duration firstBackoff, Duration maxBackoff) {
        this.publisher = publisher;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    public void relay(EventMessage<?> domainEvent, String source, String type, int version, Object payload)
            throws InterruptedException {
        IntegrationMessage message = IntegrationMessage.from(domainEvent, source, type, version, payload);
        long backoff = firstBackoff.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                publisher.publishConfirmed(message);
                if (attempt > 1) {
                    log.info("Published {} (event {}) after {} attempts", message.routingKey(), message.eventId(), attempt);
                }
                return;
            } catch (IntegrationEventPublisher.PublishNotConfirmedException e) {
                if (attempt == 1 || attempt % 20 == 0) {
                    log.warn("Relay waiting for the broker, attempt {}: {}", attempt, e.getMessage());
                }
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, maxBackoff.toMillis());
            }
        }
    }
}
