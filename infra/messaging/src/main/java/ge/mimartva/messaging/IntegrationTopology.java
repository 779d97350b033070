package ge.mimartva.messaging;

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

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The platform's whole RabbitMQ topology, in one place. Every service declares all of it (declarations are
 * idempotent), so a consumer's queue exists before its producer's first event, whichever service starts first.
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

    /** A service's inbound queue and the routing-key patterns it subscribes to. */
    public record Subscription(String queue, List<String> bindings) {
        public String deadLetterQueue() {
            return queue + ".dead-letter";
        }
    }

    /** notification-service: the matrix's triggers, and every event for the integrators' feed (its own included). */
    public static final Subscription NOTIFICATION_SERVICE = new Subscription("notification-service.inbound",
            List.of("referral.#", "victim-status.#", "notification.#"));
    /** victim-status-service: referral-service's events, and an erasure requested on notification-service. */
    public static final Subscription VICTIM_STATUS_SERVICE = new Subscription("victim-status-service.inbound",
            List.of("referral.#", "notification." + PersonalDataErasedV1.TYPE + ".#"));
    /** referral-service assembles each referral's chain from the other services' events. */
    public static final Subscription REFERRAL_SERVICE = new Subscription("referral-service.inbound",
            List.of("notification.#", "victim-status.#"));

    /**
     * statistics-service records the published events its figures count, and only those (StatisticsProjection
     * handles exactly these; a test there keeps the two lists equal).
     */
    public static final Subscription STATISTICS_SERVICE = new Subscription("statistics-service.inbound",
            Stream.of("referral.ReferralFiled", "referral.ReferralRegistered", "referral.ReferralLinkedToCase",
                    "referral.ReferralRedirected", "referral.CaseAssigned", "referral.FirstContactMade",
                    "referral.AssessmentCompleted", "referral.SafetyDecisionMade", "referral.TransferAccepted",
                    "referral.StatutoryClockMissed", "referral.CaseClosed", "referral.PreservationRequestRecorded",
                    "referral.DualCriminalityDecided", "referral.ProviderAskedToPreserve", "referral.ProviderAnswered",
                    "referral.RequesterToldOfPreservation", "referral.UrgentMlaOffered",
                    "referral.PreservationClockMissed", "notification.NotificationIssued",
                    "notification.NotificationAcknowledged", "notification.NotificationEscalated",
                    "victim-status.RestrainingOrderIssued", "victim-status.ProtectiveOrderIssued",
                    "victim-status.OrderViolated", "victim-status.VictimStatusDecided",
                    "victim-status.PerpetratorMovementNotified", "victim-status.ProtectionLookupPerformed")
                    .map(type -> type + ".v1").toList());

    public static final List<Subscription> SUBSCRIPTIONS = List.of(NOTIFICATION_SERVICE, VICTIM_STATUS_SERVICE,
            REFERRAL_SERVICE, STATISTICS_SERVICE);

    private IntegrationTopology() {
    }

    public static String routingKey(String source, String type, int version) {
        return source + "." + type + ".v" + version;
    }

    public static Declarables declarables() {
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
        for (Subscription s : SUBSCRIPTIONS) {
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
