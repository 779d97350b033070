package ge.mimartva.statistics.facts;

import ge.mimartva.messaging.IntegrationTopology;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's queue receives exactly the published events its projection counts: none lost, none wasted. */
class CountedEventsTest {

    @Test
    void theQueueIsBoundToTheCountedEventsOnly() {
        assertThat(IntegrationTopology.subscription("statistics-service.inbound").bindings())
                .containsExactlyInAnyOrderElementsOf(StatisticsProjection.COUNTED.stream().map(type -> type + ".v1").toList());
    }
}
