package ge.mimartva.messaging;

import ge.mimartva.testsupport.NeedsTestStack;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.testsupport.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.modelling.command.ConcurrencyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The relay's publisher and the consumer against the test stack's real RabbitMQ (virtual host it-messaging). */
@NeedsTestStack
class IntegrationMessagingTest {

    private static final IntegrationTopology.Subscription QUEUE = IntegrationTopology.subscription("messaging-probe.inbound");
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    record Probe(String text) {
        public static final String TYPE = "Probe";
        public static final int VERSION = 1;
    }

    private static CachingConnectionFactory connectionFactory;
    private static RabbitAdmin admin;
    private static IntegrationEventPublisher publisher;
    private SimpleMessageListenerContainer container;

    @BeforeAll
    static void connect() {
        connectionFactory = new CachingConnectionFactory("127.0.0.1", TestStack.amqpPort());
        connectionFactory.setVirtualHost("it-messaging");
        connectionFactory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        connectionFactory.setPublisherReturns(true);
        admin = new RabbitAdmin(connectionFactory);
        IntegrationTopology.declarables().getDeclarables().forEach(d -> {
            if (d instanceof org.springframework.amqp.core.Exchange e) admin.declareExchange(e);
            if (d instanceof org.springframework.amqp.core.Queue q) admin.declareQueue(q);
            if (d instanceof org.springframework.amqp.core.Binding b) admin.declareBinding(b);
        });
        RabbitTemplate template = new RabbitTemplate(connectionFactory);
        template.setMandatory(true);
        publisher = new IntegrationEventPublisher(template, MAPPER, Duration.ofSeconds(5),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    @AfterAll
    static void disconnect() {
        connectionFactory.destroy();
    }

    @BeforeEach
    void emptyQueues() {
        admin.purgeQueue(QUEUE.queue(), false);
        admin.purgeQueue(QUEUE.deadLetterQueue(), false);
        admin.purgeQueue(IntegrationTopology.UNROUTED, false);
    }

    @AfterEach
    void stopConsumer() {
        if (container != null) {
            container.stop();
        }
    }

    private static IntegrationMessage event(String source, String text) {
        return new IntegrationMessage(UUID.randomUUID().toString(), source, Probe.TYPE, Probe.VERSION, Instant.parse("2026-11-23T09:00:00Z"),
                new MessageContext("referral-1", "cause-1", "user-1", "school.vake", "school-reporter", "SCH-1"),
                new Probe(text));
    }

    private void consume(IntegrationEventHandler handler) {
        container = IntegrationEventConsumer.container(connectionFactory, QUEUE, handler, MAPPER);
        container.start();
    }

    @Test
    void aConfirmedEventArrivesWithItsContextAndGeorgianTextIntact() {
        List<ReceivedIntegrationEvent> received = new CopyOnWriteArrayList<>();
        consume(received::add);
        IntegrationMessage sent = event("referral", "ნინო ბერიძე");

        assertThatNoExceptionFrom(sent);

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        ReceivedIntegrationEvent got = received.get(0);
        assertThat(got.eventId()).isEqualTo(sent.eventId());
        assertThat(got.is("referral", Probe.class)).isTrue();
        assertThat(got.context()).isEqualTo(sent.context());
        assertThat(got.occurredAt()).isEqualTo(sent.occurredAt());
        assertThat(got.payloadAs(Probe.class).text()).isEqualTo("ნინო ბერიძე");
    }

    @Test
    void aFailedHandlingIsRedeliveredUntilItSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        Map<String, Integer> handled = new ConcurrentHashMap<>();
        consume(e -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("transient failure");
            }
            handled.merge(e.eventId(), 1, Integer::sum);
        });
        IntegrationMessage sent = event("referral", "retry me");

        assertThatNoExceptionFrom(sent);

        await().atMost(Duration.ofSeconds(10)).until(() -> handled.containsKey(sent.eventId()));
        assertThat(attempts.get()).isEqualTo(3);
        assertThat(handled).containsExactly(Map.entry(sent.eventId(), 1));
    }

    @Test
    void aMessageThatAlwaysFailsIsDeadLetteredAfterTheDeliveryLimit() {
        AtomicInteger attempts = new AtomicInteger();
        consume(e -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("permanent failure");
        });

        assertThatNoExceptionFrom(event("referral", "poison"));

        await().atMost(Duration.ofSeconds(20)).until(() -> messageCount(QUEUE.deadLetterQueue()) == 1);
        assertThat(attempts.get()).isEqualTo(IntegrationTopology.DELIVERY_LIMIT + 1);
    }

    @Test
    void aHandlerThatLostARaceForItsRecordIsTriedAgainInPlaceWithoutUsingUpTheDeliveryLimit() {
        AtomicInteger attempts = new AtomicInteger();
        consume(e -> {
            attempts.incrementAndGet();
            throw new ConcurrencyException("another instance appended to this referral first");
        });

        assertThatNoExceptionFrom(event("referral", "contended"));

        await().atMost(Duration.ofSeconds(30)).until(() -> messageCount(QUEUE.deadLetterQueue()) == 1);
        assertThat(attempts.get()).as("five attempts in each delivery").isEqualTo((IntegrationTopology.DELIVERY_LIMIT + 1) * 5);
    }

    @Test
    void anUnreadableMessageIsDeadLetteredAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        consume(e -> attempts.incrementAndGet());
        RabbitTemplate raw = new RabbitTemplate(connectionFactory);

        raw.send(IntegrationTopology.EXCHANGE, "referral.Probe.v1", new Message("not json".getBytes(), new MessageProperties()));

        await().atMost(Duration.ofSeconds(10)).until(() -> messageCount(QUEUE.deadLetterQueue()) == 1);
        assertThat(attempts.get()).isZero();
    }

    @Test
    void anEventNoQueueSubscribesToWaitsInTheUnroutedQueue() {
        assertThatNoExceptionFrom(event("nobody-listens", "kept"));

        await().atMost(Duration.ofSeconds(10)).until(() -> messageCount(IntegrationTopology.UNROUTED) == 1);
    }

    @Test
    void publishingToAnUnreachableBrokerIsNotConfirmed() {
        CachingConnectionFactory nowhere = new CachingConnectionFactory("127.0.0.1", 1);
        nowhere.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        try {
            IntegrationEventPublisher unreachable = new IntegrationEventPublisher(new RabbitTemplate(nowhere), MAPPER,
                    Duration.ofSeconds(2), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
            assertThatThrownBy(() -> unreachable.publishConfirmed(event("referral", "lost?")))
                    .isInstanceOf(IntegrationEventPublisher.PublishNotConfirmedException.class);
        } finally {
            nowhere.destroy();
        }
    }

    private static void assertThatNoExceptionFrom(IntegrationMessage message) {
        try {
            publisher.publishConfirmed(message);
        } catch (IntegrationEventPublisher.PublishNotConfirmedException e) {
            throw new AssertionError("not confirmed: " + e.getMessage(), e);
        }
    }

    private static int messageCount(String queue) {
        var info = admin.getQueueInfo(queue);
        return info == null ? -1 : info.getMessageCount();
    }
}
