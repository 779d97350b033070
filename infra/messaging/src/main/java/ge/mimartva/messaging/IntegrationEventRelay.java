package ge.mimartva.messaging;

import ge.mimartva.platform.axon.BatchResources;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outbox relay's publishing step. A service's relay is an event processor (processing group
 * {@value #PROCESSING_GROUP}) reading the service's own event store; for each public event it calls {@link #relay}.
 * Within a batch of the processor the events are sent at once and their confirms awaited together before the batch
 * commits (one round trip to the broker per batch, not per event); alone, an event is awaited at once. While the
 * broker is unreachable the relay keeps retrying (backing off up to {@code maxBackoff}); the processor's token therefore
 * advances only past confirmed events, and nothing is lost. A confirm lost in transit means the event is published
 * again: consumers are idempotent.
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

    public void relay(EventMessage<?> domainEvent, String source, Object payload) throws InterruptedException {
        PublishedContract contract = PublishedContract.of(payload.getClass());
        IntegrationMessage message = IntegrationMessage.from(domainEvent, source, contract.type(), contract.version(),
                payload);
        // Within a batch: send now, and wait for all the batch's confirms together before its token advances.
        Optional<InFlight> batch = BatchResources.ofCurrentBatch(InFlight.class, InFlight::new, InFlight::awaitAll);
        if (batch.isPresent()) {
            batch.get().add(message, publisher.publish(message));
        } else {
            publishUntilConfirmed(message);
        }
    }

    /** The events of one batch sent and not yet confirmed, in order. */
    private final class InFlight {
        private final List<IntegrationMessage> messages = new ArrayList<>();
        private final List<CorrelationData> confirms = new ArrayList<>();

        void add(IntegrationMessage message, CorrelationData confirm) {
            messages.add(message);
            confirms.add(confirm);
        }

        /**
         * Waits for every confirm; from the first event the broker did not take on, every event is published again,
         * one by one and in order, until the broker takes it (consumers drop the copies they already had).
         */
        void awaitAll() {
            for (int i = 0; i < messages.size(); i++) {
                try {
                    publisher.awaitConfirm(messages.get(i), confirms.get(i));
                } catch (IntegrationEventPublisher.PublishNotConfirmedException e) {
                    try {
                        for (IntegrationMessage again : messages.subList(i, messages.size())) {
                            publishUntilConfirmed(again);
                        }
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for the broker", interrupted);
                    }
                    return;
                }
            }
        }
    }

    private void publishUntilConfirmed(IntegrationMessage message) throws InterruptedException {
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
