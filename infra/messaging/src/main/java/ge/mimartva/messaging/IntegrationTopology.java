package ge.mimartva.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

/**
 * The platform's RabbitMQ topology. Every service declares all of it that its classpath holds (declarations are
 * idempotent): the shared exchanges, and each subscriber's queue with its bindings, which the subscriber publishes
 * itself in its {@code api} module ({@value #SUBSCRIPTION_RESOURCE}: its queue and the routing keys it consumes). As
 * every service carries every service's {@code api} module, a consumer's queue exists before its producer's first
 * event, whichever service starts first (each service's architecture test checks that it carries them all).
 * <ul>
 *   <li>{@value #EXCHANGE}: durable topic exchange; routing key {@code <source>.<EventType>.v<version>};</li>
 *   <li>events no queue is bound for go to the alternate exchange and wait in {@value #UNROUTED} (nothing is dropped);</li>
 *   <li>each subscriber has one durable quorum queue; a message redelivered more than {@value #DELIVERY_LIMIT}
 *       times is dead-lettered to {@code <queue>.dead-letter} through {@value #DEAD_LETTER_EXCHANGE}.</li>
 * </ul>
 */
public final class IntegrationTopology {

    public static final String EXCHANGE = "mimartva.events";
    public static final String UNROUTED = "mimartva.events.unrouted";
    public static final String DEAD_LETTER_EXCHANGE = "mimartva.events.dead-letter";
    public static final int DELIVERY_LIMIT = 10;
    /** Where a service's {@code api} module publishes its subscription. */
    public static final String SUBSCRIPTION_RESOURCE = "META-INF/mimartva/subscription.json";

    /** A service's inbound queue and the routing-key patterns it subscribes to. */
    public record Subscription(String queue, List<String> bindings) {

        public Subscription {
            if (queue == null || queue.isBlank() || bindings == null || bindings.isEmpty()) {
                throw new IllegalArgumentException("A subscription names its queue and at least one binding");
            }
            bindings = List.copyOf(bindings);
        }

        public String deadLetterQueue() {
            return queue + ".dead-letter";
        }
    }

    /** A subscription as a service publishes it: what it is for, its queue and its bindings. */
    private record Published(String about, String queue, List<String> bindings) {
    }

    /** Every subscription published on the classpath, in the order of the queues' names. */
    public static List<Subscription> subscriptions() {
        ObjectMapper json = new ObjectMapper();
        List<Subscription> found = new ArrayList<>();
        try {
            Enumeration<URL> resources = IntegrationTopology.class.getClassLoader().getResources(SUBSCRIPTION_RESOURCE);
            while (resources.hasMoreElements()) {
                try (InputStream in = resources.nextElement().openStream()) {
                    Published published = json.readValue(in, Published.class);
                    found.add(new Subscription(published.queue(), published.bindings()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A published subscription could not be read", e);
        }
        found.sort(Comparator.comparing(Subscription::queue));
        return List.copyOf(found);
    }

    /** The subscription of {@code queue}, published by its service's {@code api} module. */
    public static Subscription subscription(String queue) {
        return subscriptions().stream().filter(s -> s.queue().equals(queue)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No subscription of " + queue + " on the classpath: "
                        + "its service's api module publishes it in " + SUBSCRIPTION_RESOURCE));
    }

    private IntegrationTopology() {
    }

    public static String routingKey(String source, String type, int version) {
        return source + "." + type + ".v" + version;
    }

    /** The shared exchanges and every subscription on the classpath. */
    public static Declarables declarables() {
        return declarables(subscriptions());
    }

    public static Declarables declarables(List<Subscription> subscriptions) {
        List<Declarable> all = new ArrayList<>();
        FanoutExchange unroutedExchange = new FanoutExchange(UNROUTED, true, false);
        Queue unrouted = QueueBuilder.durable(UNROUTED).quorum().build();
        TopicExchange events = (TopicExchange) ExchangeBuilder.topicExchange(EXCHANGE).durable(true)
                .alternate(UNROUTED).build();
        DirectExchange deadLetters = new DirectExchange(DEAD_LETTER_EXCHANGE, true, false);
        all.add(unroutedExchange);
        all.add(unrouted);
        all.add(BindingBuilder.bind(unrouted).to(unroutedExchange));
        all.add(events);
        all.add(deadLetters);
        for (Subscription s : subscriptions) {
            Queue queue = QueueBuilder.durable(s.queue()).quorum()
                    .deadLetterExchange(DEAD_LETTER_EXCHANGE).deadLetterRoutingKey(s.queue())
                    .deliveryLimit(DELIVERY_LIMIT).build();
            Queue deadLetterQueue = QueueBuilder.durable(s.deadLetterQueue()).quorum().build();
            all.add(queue);
            all.add(deadLetterQueue);
            all.add(BindingBuilder.bind(deadLetterQueue).to(deadLetters).with(s.queue()));
            for (String pattern : s.bindings()) {
                Binding binding = BindingBuilder.bind(queue).to(events).with(pattern);
                all.add(binding);
            }
        }
        return new Declarables(all);
    }
}
