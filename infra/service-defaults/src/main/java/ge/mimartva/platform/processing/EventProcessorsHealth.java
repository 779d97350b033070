package ge.mimartva.platform.processing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Health of every event processor of the service, part of readiness: the service is ready only while each processor
 * runs, none is in error, each has caught up with the head of the event store at least once since start (so a
 * restarted service is not ready while its read models are still being rebuilt) and none lags behind the head by more
 * than {@code maxLag} events. The details name each processor with its position, lag and dead letters; the same
 * figures are metrics ({@code mimartva.processor.lag}, {@code mimartva.processor.dead.letters}).
 * <p>
 * A processor that holds no segment after {@code claimGrace} is counted as served elsewhere (another instance holds
 * its token); one that holds none before then is still starting. A segment that no instance holds after
 * {@code claimGrace} is named in the details and counted ({@code mimartva.processor.unclaimed.segments}, an alert), but
 * does not make this instance unready: readiness says whether this instance may take calls, and a segment left by a
 * dead instance is claimed by a live one within seconds. (Measured on the replica stack: when it did, every live
 * instance of referral-service turned unready at once for the seconds between a dead instance's claims expiring and a
 * survivor claiming them, and filing was refused by the gateway for that time.)
 */
public class EventProcessorsHealth implements HealthIndicator {

    static final Duration CATCH_UP_CHECK = Duration.ofMillis(100);
    /** How near the head of its store a processor counts as having reached it: as near as a live one is under load. */
    static final long HEAD_REACHED_WITHIN = 10;

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine events;
    private final TokenStore tokens;
    private final DeadLetters deadLetters;
    private final long maxLag;
    private final Duration claimGrace;
    private final Clock clock;
    private final Instant started;
    private final Set<String> caughtUpSinceStart = ConcurrentHashMap.newKeySet();
    /** Every processor has caught up since start: true for good once it is (lagging later is readiness's concern). */
    private volatile boolean allCaughtUpSinceStart;
    /** Projections being rebuilt that have not reached the head since: their read models are incomplete. */
    private final Set<String> rebuilding = ConcurrentHashMap.newKeySet();
    /** When the processors were last looked at for that (System.nanoTime); guarded by this. */
    private long lastCatchUpCheck = System.nanoTime() - CATCH_UP_CHECK.toNanos();

    public EventProcessorsHealth(EventProcessingConfiguration processing, EventStorageEngine events, TokenStore tokens,
                                 DeadLetters deadLetters, long maxLag, Duration claimGrace, Clock clock) {
        this.processing = processing;
        this.events = events;
        this.tokens = tokens;
        this.deadLetters = deadLetters;
        this.maxLag = maxLag;
        this.claimGrace = claimGrace;
        this.clock = clock;
        this.started = clock.instant();
    }

    @Override
    public Health health() {
        long head = headPosition();
        boolean ready = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<String, EventProcessor> entry : new TreeMap<>(processing.eventProcessors()).entrySet()) {
            ProcessorState state = stateOf(entry.getKey(), entry.getValue(), head);
            ready &= state.ready();
            details.put(entry.getKey(), state.details());
        }
        details.put("head", head);
        return (ready ? Health.up() : Health.down()).withDetails(details).build();
    }

    /**
     * Whether the read models are built: every streaming processor has reached the head of its store at least once
     * since this instance started, and every projection rebuilt since (an administrator's replay, an erasure) has
     * reached it again. Until then a read model would answer wrongly (a referral missing, figures of zero). Checks the
     * processors afresh while they have not; cheap once they have.
     */
    public boolean readModelsBuilt() {
        if (allCaughtUpSinceStart && rebuilding.isEmpty()) {
            return true;
        }
        // Many requests may wait at once during a rebuild: the store's head is asked at most every CATCH_UP_CHECK.
        synchronized (this) {
            if (System.nanoTime() - lastCatchUpCheck < CATCH_UP_CHECK.toNanos()) {
                return false;
            }
            lastCatchUpCheck = System.nanoTime();
        }
        long head = headPosition();
        boolean all = true;
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor streaming) {
                progressOf(entry.getKey(), streaming, head);   // only where it stands: no database query per read
                all &= caughtUpSinceStart.contains(entry.getKey());
            }
        }
        allCaughtUpSinceStart = all;
        return all && rebuilding.isEmpty();
    }

    /**
     * The projection's read model is being cleared and rebuilt from the event store: reads wait until its processor
     * has reached the head again. Readiness does not wait for it: commands, which need no read model, go on.
     */
    public void rebuilding(String processingGroup) {
        rebuilding.add(processingGroup);
    }

    /** Registers each processor's lag and dead letters as gauges. */
    public void bindTo(MeterRegistry meters) {
        processing.eventProcessors().keySet().forEach(name -> {
            Gauge.builder("mimartva.processor.lag", () -> lagOf(name)).tag("processor", name)
                    .description("events between the head of the event store and the processor's position")
                    .register(meters);
            Gauge.builder("mimartva.processor.dead.letters", () -> deadLetters.count(name)).tag("processor", name)
                    .description("events put aside after a handler failed on them").register(meters);
            Gauge.builder("mimartva.processor.unclaimed.segments", () -> unclaimedSegmentsOf(name)).tag("processor", name)
                    .description("segments of the processor that no instance holds: their events are processed by nobody")
                    .register(meters);
        });
    }

    private double unclaimedSegmentsOf(String name) {
        EventProcessor processor = processing.eventProcessors().get(name);
        if (!(processor instanceof StreamingEventProcessor streaming) || !pastGrace()) {
            return 0;
        }
        return unclaimedSegments(name, streaming.processingStatus().keySet()).size();
    }

    private double lagOf(String name) {
        EventProcessor processor = processing.eventProcessors().get(name);
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return 0;
        }
        OptionalLong position = positionOf(streaming);
        return position.isPresent() ? Math.max(0, headPosition() - position.getAsLong()) : 0;
    }

    private record ProcessorState(boolean ready, Map<String, Object> details) {
    }

    private ProcessorState stateOf(String name, EventProcessor processor, long head) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("running", processor.isRunning());
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorState(processor.isRunning(), d);
        }
        Progress progress = progressOf(name, streaming, head);
        Map<Integer, EventTrackerStatus> segments = progress.segments();
        boolean inError = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        if (inError) {
            d.put("error", segments.values().stream().filter(EventTrackerStatus::isErrorState).findFirst()
                    .flatMap(s -> Optional.ofNullable(s.getError())).map(e -> new RedactedFailure(e).getMessage())
                    .orElse("unknown"));
        }
        d.put("segments", segments.size());
        long lag = progress.lag();
        progress.position().ifPresent(position -> d.put("position", position));
        d.put("lag", lag);
        d.put("caughtUp", progress.caughtUp());
        d.put("deadLetters", deadLetters.count(name));
        boolean servedElsewhere = progress.servedElsewhere();
        // A segment nobody holds is a part of the store nobody processes (too few threads here, an instance gone).
        List<Integer> unclaimed = pastGrace() ? unclaimedSegments(name, segments.keySet()) : List.of();
        // A read model being rebuilt is far behind by design: reads wait for it (the catching-up filter), but the
        // instance stays ready, so that commands, which need no read model, go on (filings during an erasure).
        boolean beingRebuilt = rebuilding.contains(name);
        boolean ready = processor.isRunning() && !inError
                && (servedElsewhere || (caughtUpSinceStart.contains(name) && (lag <= maxLag || beingRebuilt)));
        if (!unclaimed.isEmpty()) {
            d.put("state", "segments " + unclaimed + " are claimed by no instance");
        } else if (servedElsewhere) {
            d.put("segments", "none claimed here");
        } else if (!caughtUpSinceStart.contains(name)) {
            d.put("state", "catching up since start");
        } else if (beingRebuilt) {
            d.put("state", "rebuilding its read model: reads wait until it is built");
        } else if (lag > maxLag) {
            d.put("state", "lagging more than " + maxLag + " events");
        }
        return new ProcessorState(ready, d);
    }

    private record Progress(Map<Integer, EventTrackerStatus> segments, boolean caughtUp, OptionalLong position, long lag,
                            boolean servedElsewhere) {
    }

    /** Where the processor stands against the head, noting whether it has reached it since start, or since a rebuild. */
    private Progress progressOf(String name, StreamingEventProcessor streaming, long head) {
        Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
        boolean caughtUp = !segments.isEmpty() && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
        OptionalLong position = positionOf(streaming);
        long lag = position.isPresent() ? Math.max(0, head - position.getAsLong()) : head;
        // Axon calls a segment caught up only when it finds no next event at hand; under a steady stream of filings
        // (seen in the soak: 20 referrals/s) that may never happen. Having reached the head (within a few events)
        // counts too.
        boolean reachedTheHead = !segments.isEmpty() && position.isPresent() && lag <= HEAD_REACHED_WITHIN;
        if (caughtUp || reachedTheHead) {
            caughtUpSinceStart.add(name);
        }
        // A rebuild is over once its replay reached the head: Axon's own "caught up" is not asked, it was seen saying
        // so for a segment that had just opened its stream at the first event (reads then found the read model empty).
        if (reachedTheHead) {
            rebuilding.remove(name);
        }
        boolean servedElsewhere = segments.isEmpty() && pastGrace();
        if (servedElsewhere) {
            // Another instance keeps its work up to date: if this one later takes its segments over (that instance
            // died), it is not starting from scratch, and must not turn unready while it catches up on them.
            // (Measured on the replica stack: the survivor of a killed referral-service turned unready for the
            // seconds its new relay took to reach the head, and the gateways had no instance to file with.)
            caughtUpSinceStart.add(name);
        }
        return new Progress(segments, caughtUp, position, lag, servedElsewhere);
    }

    private boolean pastGrace() {
        return clock.instant().isAfter(started.plus(claimGrace));
    }

    /** Segments of the processor that neither this instance nor any other holds. */
    private List<Integer> unclaimedSegments(String processorName, Set<Integer> heldHere) {
        try {
            // "available" to this instance: unclaimed, expired, or its own
            return tokens.fetchAvailableSegments(processorName).stream().map(Segment::getSegmentId)
                    .filter(segment -> !heldHere.contains(segment)).sorted().toList();
        } catch (RuntimeException e) {
            return List.of();   // the database is what is down: the processor's own error state says so
        }
    }

    /** The position of the segment furthest behind, when any segment has one. */
    private static OptionalLong positionOf(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min();
    }

    private long headPosition() {
        TrackingToken head = events.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
