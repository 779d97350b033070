package ge.mimartva.notification.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.notification.delivery.ChannelSender;
import ge.mimartva.notification.delivery.DeliveryDispatcher;
import ge.mimartva.notification.delivery.DeliveryJob;
import ge.mimartva.notification.delivery.DeliveryJobs;
import ge.mimartva.notification.delivery.SignedWebhook;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * Integrators' webhook subscriptions: each event recorded in the feed is queued, as a CloudEvent, for every
 * subscription whose integrator may see it (its grants, by record) and asked for it; the delivery outbox then sends it like any other
 * delivery (in order per endpoint, retried, parked), signed with the subscription's own secret. The job id
 * {@code <subscription>:<event>} is the receiver's idempotency key.
 */
@Component
public class SubscriptionDelivery implements ChannelSender {

    public static final String CHANNEL = DeliveryDispatcher.SUBSCRIPTION;

    private final Subscriptions subscriptions;
    private final IntegratorAccess access;
    private final IntegrationFeed feed;
    private final DeliveryJobs jobs;
    private final SignedWebhook webhook;
    private final ObjectMapper mapper;
    private final Clock clock;

    public SubscriptionDelivery(Subscriptions subscriptions, IntegratorAccess access, IntegrationFeed feed, DeliveryJobs jobs,
                                SignedWebhook webhook, ObjectMapper mapper, Clock clock) {
        this.subscriptions = subscriptions;
        this.access = access;
        this.feed = feed;
        this.jobs = jobs;
        this.webhook = webhook;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Queues a newly recorded feed event for the subscriptions that may and want to receive it. */
    public void fanOut(FeedEntry entry) {
        for (Subscriptions.Subscription s : subscriptions.all()) {
            if (s.eventTypes().contains(entry.qualifiedType())
                    && access.mayReceive(s.integratorBody(), entry, feed::filedBy)) {
                jobs.add(s.subscriptionId() + ":" + entry.eventId(), null, entry.correlationId(), s.integratorBody(),
                        CHANNEL, s.url(), json(entry), clock.instant());
            }
        }
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void send(DeliveryJob job) throws DeliveryFailed {
        String subscriptionId = job.jobId().substring(0, job.jobId().indexOf(':'));
        Subscriptions.Subscription subscription = subscriptions.find(subscriptionId)
                .orElseThrow(() -> new DeliveryFailed("the subscription was removed"));
        webhook.postToIntegrator(job.endpoint(), subscription.secret(), job.jobId(), job.payload());
    }

    private String json(FeedEntry entry) {
        try {
            return mapper.writeValueAsString(CloudEvents.of(entry, mapper));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
