package ge.mimartva.platform.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** When a restarted service's processors count as caught up: readiness waits for it, and must not wait for ever. */
class EventProcessorsHealthTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final EventStorageEngine events = mock(EventStorageEngine.class);
    private final TokenStore tokens = mock(TokenStore.class);
    private final DeadLetters deadLetters = mock(DeadLetters.class);
    private final TrackingEventProcessor processor = mock(TrackingEventProcessor.class);
    private final EventTrackerStatus segment = mock(EventTrackerStatus.class);

    private Status readinessAt(long position, long head) {
        when(processing.eventProcessors()).thenReturn(Map.of("referral-projection", processor));
        when(processor.isRunning()).thenReturn(true);
        when(processor.processingStatus()).thenReturn(Map.of(0, segment));
        when(segment.isCaughtUp()).thenReturn(false);   // a steady stream of new events: Axon never says so
        when(segment.getCurrentPosition()).thenReturn(OptionalLong.of(position));
        when(events.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(head));
        when(tokens.fetchAvailableSegments(anyString())).thenReturn(List.of());
        return new EventProcessorsHealth(processing, events, tokens, deadLetters, 10_000, Duration.ofSeconds(30),
                Clock.systemUTC()).health().getStatus();
    }

    @Test
    void aProcessorStillBehindTheHeadSinceStartIsNotReady() {
        assertThat(readinessAt(900, 1_000)).isEqualTo(Status.DOWN);
    }

    @Test
    void aProcessorThatReachedTheHeadIsReadyEvenWhileEventsKeepComing() {
        assertThat(readinessAt(1_000, 1_000)).isEqualTo(Status.UP);
    }

    @Test
    void aSegmentHeldByNoInstanceIsNamedButDoesNotMakeThisInstanceUnready() {
        when(processing.eventProcessors()).thenReturn(Map.of("referral-projection", processor));
        when(processor.isRunning()).thenReturn(true);
        when(processor.processingStatus()).thenReturn(Map.of(0, segment));
        when(segment.getCurrentPosition()).thenReturn(OptionalLong.of(1_000));
        when(events.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(1_000));
        when(tokens.fetchAvailableSegments("referral-projection")).thenReturn(List.of(Segment.computeSegment(1, 0, 1)));

        var health = new EventProcessorsHealth(processing, events, tokens, deadLetters, 10_000, Duration.ZERO,
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(1))).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().get("referral-projection").toString()).contains("segments [1] are claimed by no instance");
    }

    @Test
    void aProcessorTakenOverFromADeadInstanceDoesNotMakeTheSurvivorUnreadyWhileItCatchesUp() {
        when(processing.eventProcessors()).thenReturn(Map.of("integration-event-relay", processor));
        when(processor.isRunning()).thenReturn(true);
        when(events.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(1_000));
        when(tokens.fetchAvailableSegments(anyString())).thenReturn(List.of());
        EventProcessorsHealth health = new EventProcessorsHealth(processing, events, tokens, deadLetters, 10_000,
                Duration.ZERO, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(1)));
        when(processor.processingStatus()).thenReturn(Map.of());            // held by the other instance
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        when(processor.processingStatus()).thenReturn(Map.of(0, segment));  // the other died: taken over, behind
        when(segment.isCaughtUp()).thenReturn(false);
        when(segment.getCurrentPosition()).thenReturn(OptionalLong.of(900));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    /** Seen in the browser test: a reporter read its referral as "not found" while an erasure rebuilt the read models. */
    @Test
    void aProjectionBeingRebuiltKeepsReadsWaitingUntilItHasReachedTheHeadAgain() {
        when(processing.eventProcessors()).thenReturn(Map.of("referral-projection", processor));
        when(processor.isRunning()).thenReturn(true);
        when(events.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(1_000));
        when(tokens.fetchAvailableSegments(anyString())).thenReturn(List.of());
        when(processor.processingStatus()).thenReturn(Map.of(0, segment));
        when(segment.getCurrentPosition()).thenReturn(OptionalLong.of(1_000));
        EventProcessorsHealth health = new EventProcessorsHealth(processing, events, tokens, deadLetters, 10_000,
                Duration.ZERO, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(1)));
        assertThat(health.readModelsBuilt()).isTrue();

        health.rebuilding("referral-projection");
        when(processor.processingStatus()).thenReturn(Map.of());            // stopped while its read model is cleared
        health.health();
        assertThat(health.readModelsBuilt()).isFalse();

        when(processor.processingStatus()).thenReturn(Map.of(0, segment));  // replaying from the start, where Axon
        when(segment.isCaughtUp()).thenReturn(true);                        // was seen calling it caught up
        when(segment.getCurrentPosition()).thenReturn(OptionalLong.of(200));
        when(events.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(100_000));
        Health whileRebuilt = health.health();
        assertThat(health.readModelsBuilt()).isFalse();
        // far behind the head, yet ready: commands (filings during an erasure) need no read model
        assertThat(whileRebuilt.getStatus()).isEqualTo(Status.UP);
        assertThat(whileRebuilt.getDetails().get("referral-projection").toString()).contains("rebuilding its read model");
        when(events.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(1_000));

        when(segment.getCurrentPosition()).thenReturn(OptionalLong.of(1_000));
        health.health();
        assertThat(health.readModelsBuilt()).isTrue();
    }
}
