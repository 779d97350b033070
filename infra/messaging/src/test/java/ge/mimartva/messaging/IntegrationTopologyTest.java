package ge.mimartva.messaging;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Queue;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The topology declares the subscriptions the services publish, and nothing of a subscriber it does not carry. */
class IntegrationTopologyTest {

    @Test
    void aSubscriptionPublishedOnTheClasspathIsFoundByItsQueue() {
        assertThat(IntegrationTopology.subscriptions()).extracting(IntegrationTopology.Subscription::queue)
                .containsExactly("messaging-probe.inbound");
        assertThat(IntegrationTopology.subscription("messaging-probe.inbound").bindings()).containsExactly("referral.#");
    }

    @Test
    void aSubscriptionNotOnTheClasspathSaysWhereItsServicePublishesIt() {
        assertThatThrownBy(() -> IntegrationTopology.subscription("nobody.inbound"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(IntegrationTopology.SUBSCRIPTION_RESOURCE);
    }

    @Test
    void eachSubscriptionIsDeclaredAsADeadLetteringQueueBoundToItsRoutingKeys() {
        List<Object> declared = List.copyOf(IntegrationTopology.declarables().getDeclarables());
        assertThat(declared).filteredOn(Queue.class::isInstance).map(d -> ((Queue) d).getName())
                .contains("messaging-probe.inbound", "messaging-probe.inbound.dead-letter", IntegrationTopology.UNROUTED);
        assertThat(declared).filteredOn(Binding.class::isInstance).map(d -> (Binding) d)
                .anyMatch(b -> b.getDestination().equals("messaging-probe.inbound") && b.getRoutingKey().equals("referral.#")
                        && b.getExchange().equals(IntegrationTopology.EXCHANGE));
    }

    @Test
    void aSubscriptionWithoutBindingsIsRefused() {
        assertThatThrownBy(() -> new IntegrationTopology.Subscription("q", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
