package ge.mimartva.platform.projection;

import ge.mimartva.platform.mongo.ReadModelIndexes;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Duration;
import java.util.Optional;

/**
 * Rebuilds a read model from the event store: the projection's processor is stopped, its token reset (its
 * {@code @ResetHandler} clears the read model) and started again, replaying every event in order. Its dead letters
 * are cleared with it. Before the read model is cleared, {@link ProjectionRebuilding} is published: API reads then
 * wait for the rebuild as they do after a start. Only processing groups named {@code *-projection} may be replayed:
 * replaying the integration-event relay would publish the whole history again.
 */
public class ProjectionReplay {

    /** A processing group whose name ends so is a projection: it may be reset and replayed. */
    public static final String PROJECTION_SUFFIX = "-projection";

    private final EventProcessingConfiguration processing;
    private final ReadModelIndexes indexes;
    private final ApplicationEventPublisher publisher;

    public ProjectionReplay(EventProcessingConfiguration processing, ReadModelIndexes indexes,
                            ApplicationEventPublisher publisher) {
        this.processing = processing;
        this.indexes = indexes;
        this.publisher = publisher;
    }

    public boolean isProjection(String processingGroup) {
        return processingGroup.endsWith(PROJECTION_SUFFIX) && processor(processingGroup).isPresent();
    }

    public void replay(String processingGroup) {
        if (!isProjection(processingGroup)) {
            throw new IllegalArgumentException("not a projection of this service: " + processingGroup);
        }
        StreamingEventProcessor processor = processor(processingGroup).orElseThrow();
        processor.shutDown();
        publisher.publishEvent(new ProjectionRebuilding(this, processingGroup));
        // Events put aside by the read model being rebuilt are met again by the replay: nothing is left waiting.
        processing.deadLetterQueue(processingGroup).ifPresent(queue -> queue.clear());
        processor.resetTokens();
        indexes.ensure(); // the reset dropped the read model's collection, and its indexes with it
        processor.start();
    }

    /**
     * True once the processor has caught up with the head of the event store. (Axon keeps a replay token "replaying"
     * until an event newer than the reset arrives, so replaying is not part of the test.)
     */
    public boolean isCaughtUp(String processingGroup) {
        return processor(processingGroup)
                .map(p -> p.isRunning() && !p.processingStatus().isEmpty() && p.processingStatus().values().stream()
                        .allMatch(s -> s.isCaughtUp() && s.getError() == null))
                .orElse(false);
    }

    public void awaitCaughtUp(String processingGroup, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isCaughtUp(processingGroup)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(processingGroup + " did not catch up within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    /** Rebuilds every read model of this service. */
    public void replayAll() {
        processing.eventProcessors().keySet().stream().filter(this::isProjection).forEach(this::replay);
    }

    private Optional<StreamingEventProcessor> processor(String processingGroup) {
        return processing.eventProcessor(processingGroup, StreamingEventProcessor.class);
    }

}
