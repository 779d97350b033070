package ge.mimartva.platform.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** How an instance shares a processor's segments with the other instances of its service. */
class SegmentBalancerTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final TokenStore tokens = mock(TokenStore.class);
    private final ProcessingInstances instances = mock(ProcessingInstances.class);
    private final TrackingEventProcessor processor = mock(TrackingEventProcessor.class);
    private final SegmentBalancer balancer = new SegmentBalancer(processing, tokens, instances, Duration.ofSeconds(15));

    private void given(int alive, int segments, Integer... held) {
        when(instances.aliveCount()).thenReturn(alive);
        when(processing.eventProcessors()).thenReturn(Map.of("referral-projection", processor));
        when(processor.isRunning()).thenReturn(true);
        when(tokens.fetchSegments("referral-projection")).thenReturn(new int[segments]);
        Map<Integer, EventTrackerStatus> status = new java.util.HashMap<>();
        for (Integer segment : held) {
            status.put(segment, mock(EventTrackerStatus.class));
        }
        when(processor.processingStatus()).thenReturn(status);
    }

    @Test
    void anInstanceHoldingEverySegmentWhileAnotherIsAliveReleasesOne() {
        given(2, 2, 0, 1);
        balancer.balance();
        verify(processor).releaseSegment(1, 15_000, TimeUnit.MILLISECONDS);
    }

    @Test
    void anInstanceHoldingItsFairShareKeepsIt() {
        given(2, 2, 0);
        balancer.balance();
        verify(processor, never()).releaseSegment(anyInt(), anyLong(), any());
    }

    @Test
    void anInstanceAloneKeepsEverySegment() {
        given(1, 2, 0, 1);
        balancer.balance();
        verify(processor, never()).releaseSegment(anyInt(), anyLong(), any());
    }

    @Test
    void theFairShareIsRoundedUpSoThatNoSegmentIsLeftToNobody() {
        given(2, 3, 0, 1);
        balancer.balance();
        verify(processor, never()).releaseSegment(anyInt(), anyLong(), any());
        given(2, 3, 0, 1, 2);
        balancer.balance();
        verify(processor).releaseSegment(eq(2), anyLong(), any());
    }
}
