package ge.mimartva.platform.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

/**
 * Shares each processor's segments among the instances of a service. Axon's tracking processors claim every segment
 * they have a thread for and never give one up on their own, so the first instance to start would keep all the work
 * while the others idle. At each round an instance that holds more than its fair share (the processor's segments
 * divided by the instances alive, rounded up) releases one segment for {@code releaseFor}; an instance with a free
 * thread claims it at its next look for unclaimed segments. When an instance dies, the segments it held are claimed
 * by the others once Axon's claim timeout has passed (a dead owner stops extending its claims); when it comes back,
 * the rounds hand it its share again.
 */
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final ProcessingInstances instances;
    private final Duration releaseFor;

    public SegmentBalancer(EventProcessingConfiguration processing, TokenStore tokens, ProcessingInstances instances,
                           Duration releaseFor) {
        this.processing = processing;
        this.tokens = tokens;
        this.instances = instances;
        this.releaseFor = releaseFor;
    }

    /** One round: at most one segment released per processor, so the share moves gradually and never to nobody. */
    public void balance() {
        int alive = instances.aliveCount();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                int segments = tokens.fetchSegments(name).length;
                int fairShare = (segments + alive - 1) / alive;
                var held = streaming.processingStatus().keySet();
                if (alive > 1 && held.size() > fairShare) {
                    int released = Collections.max(held);
                    log.info("Releasing segment {} of {} for another instance: {} held, fair share {} of {} among {}",
                            released, name, held.size(), fairShare, segments, alive);
                    streaming.releaseSegment(released, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        });
    }
}
