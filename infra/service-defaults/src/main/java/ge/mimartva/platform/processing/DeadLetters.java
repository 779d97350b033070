package ge.mimartva.platform.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The events put aside by this service's processing groups ({@link PoisonEventPolicy}): what operators list and retry,
 * and what the service retries by itself when the failure looked transient.
 */
public class DeadLetters {

    /** One event put aside: enough to find it and judge it, nothing of its content. */
    public record Letter(String processingGroup, String sequence, String eventId, String eventType, long sequenceNumber,
                         Instant enqueuedAt, Instant lastTouched, String cause, long attempts, boolean transientFailure) {
    }

    /** What a retry did: sequences handled successfully, and how many letters are left in the group. */
    public record RetryOutcome(String processingGroup, int sequencesHandled, long remaining) {
    }

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int MAX_SEQUENCES_PER_RETRY = 1000;

    private final EventProcessingConfiguration processing;

    public DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public List<String> processingGroups() {
        return processing.eventProcessors().keySet().stream().sorted().filter(this::isKnown).toList();
    }

    public long count(String processingGroup) {
        return queue(processingGroup).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    /** The letters of a group, oldest sequence first, at most {@code limit}. */
    public List<Letter> list(String processingGroup, int limit) {
        List<Letter> letters = new ArrayList<>();
        queue(processingGroup).ifPresent(queue -> {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (letters.size() >= limit) {
                        return;
                    }
                    letters.add(describe(processingGroup, letter));
                }
            }
        });
        return letters;
    }

    /** A processing group of this service that has a dead-letter queue. */
    public boolean isKnown(String processingGroup) {
        return processing.eventProcessors().containsKey(processingGroup) && queue(processingGroup).isPresent();
    }

    /** Hands every sequence of the group back to its handlers, in order; what fails again stays, one attempt more. */
    public RetryOutcome retry(String processingGroup) {
        return retry(processingGroup, letter -> true);
    }

    /** Retries, in every group, the sequences whose failure looked transient. */
    void retryTransient() {
        for (String group : processingGroups()) {
            if (count(group) > 0) {
                RetryOutcome outcome = retry(group, PoisonEventPolicy::isTransient);
                if (outcome.sequencesHandled() > 0) {
                    log.info("Retried {} dead-lettered sequences of {} after a transient failure; {} letters remain",
                            outcome.sequencesHandled(), group, outcome.remaining());
                }
            }
        }
    }

    private RetryOutcome retry(String processingGroup, Predicate<DeadLetter<? extends EventMessage<?>>> which) {
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor = processing.sequencedDeadLetterProcessor(processingGroup);
        int handled = 0;
        if (processor.isPresent()) {
            while (handled < MAX_SEQUENCES_PER_RETRY && processor.get().process(which::test)) {
                handled++;
            }
        }
        return new RetryOutcome(processingGroup, handled, count(processingGroup));
    }

    /** A projection about to be rebuilt starts with nothing put aside: the replay meets every event again. */
    public void clear(String processingGroup) {
        queue(processingGroup).ifPresent(SequencedDeadLetterQueue::clear);
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String processingGroup) {
        return processing.deadLetterQueue(processingGroup);
    }

    private static Letter describe(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        long sequenceNumber = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1;
        String sequence = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
        return new Letter(group, sequence, event.getIdentifier(), event.getPayloadType().getSimpleName(), sequenceNumber,
                letter.enqueuedAt(), letter.lastTouched(), letter.cause().map(c -> c.message()).orElse(null),
                PoisonEventPolicy.attemptsOf(letter), PoisonEventPolicy.isTransient(letter));
    }
}
