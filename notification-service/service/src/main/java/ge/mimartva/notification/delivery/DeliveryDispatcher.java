package ge.mimartva.notification.delivery;

import ge.mimartva.notification.command.RecordDelivery;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.security.Actor;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import jakarta.annotation.PreDestroy;
import ge.mimartva.platform.axon.ActingCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends the delivery outbox; every instance of the service does, each attempt taken by one of them
 * ({@link DeliveryJobs#claim}). Per endpoint, only the oldest pending job is sent, so each receiver gets its
 * notifications in order; a failure is retried with exponential backoff and jitter, without blocking other endpoints.
 * Each endpoint has its own circuit breaker (a dead agency system is not hammered; its jobs wait while the circuit is
 * open) and a bulkhead of one call, on a bounded pool, so one dead agency cannot starve the others. A job that keeps
 * failing past {@code park-after} is parked for an operator, who can send it again.
 */
@Component
public class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final Actor SERVICE = Actor.service("notification-service");
    /** The channel of integrators' webhook subscriptions ({@code SubscriptionDelivery}). */
    public static final String SUBSCRIPTION = "SUBSCRIPTION";
    /**
     * Longer than any attempt takes (a webhook's timeouts add up to 12 s, an e-mail's to 25 s): after it, the job of
     * an instance that died while sending it is attempted again.
     */
    public static final Duration ATTEMPT_LEASE = Duration.ofMinutes(1);

    private final DeliveryJobs jobs;
    private final Map<String, ChannelSender> senders;
    private final ActingCommands commands;
    private final Clock clock;
    private final Duration parkAfter;
    private final IntervalFunction backoff;
    private final CircuitBreakerRegistry circuits;
    private final BulkheadRegistry bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
            .maxConcurrentCalls(1).maxWaitDuration(Duration.ZERO).build());
    private final ExecutorService pool;
    private final ExecutorService subscriptionPool;

    public DeliveryDispatcher(DeliveryJobs jobs, List<ChannelSender> senders, ActingCommands commands, Clock clock,
                              @Value("${mimartva.delivery.park-after:PT6H}") Duration parkAfter,
                              @Value("${mimartva.delivery.initial-backoff:PT1S}") Duration initialBackoff,
                              @Value("${mimartva.delivery.max-backoff:PT1M}") Duration maxBackoff,
                              @Value("${mimartva.delivery.open-circuit-wait:PT10S}") Duration openCircuitWait,
                              @Value("${mimartva.delivery.threads:4}") int threads,
                              @Value("${mimartva.delivery.subscription-threads:2}") int subscriptionThreads) {
        this.jobs = jobs;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.commands = commands;
        this.clock = clock;
        this.parkAfter = parkAfter;
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(initialBackoff, 2.0, 0.5, maxBackoff);
        this.circuits = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(4).minimumNumberOfCalls(2).failureRateThreshold(50)
                .waitDurationInOpenState(openCircuitWait).permittedNumberOfCallsInHalfOpenState(1).build());
        this.pool = Executors.newFixedThreadPool(threads);
        this.subscriptionPool = Executors.newFixedThreadPool(subscriptionThreads);
    }

    /** Hands each endpoint's due head-of-line job to the pool, unless that endpoint's call is still running. */
    @Scheduled(fixedDelayString = "${mimartva.delivery.poll-interval:500}")
    public void dispatch() {
        Instant now = clock.instant();
        for (DeliveryJob job : jobs.headsOfLine()) {
            if (job.nextAttemptAt().isAfter(now)) {
                continue;
            }
            Bulkhead bulkhead = bulkheads.bulkhead(job.endpoint());
            if (bulkhead.tryAcquirePermission()) {
                if (!jobs.claim(job.jobId(), now, now.plus(ATTEMPT_LEASE))) {
                    bulkhead.onComplete();   // another instance of the service has just taken it
                    continue;
                }
                // Integrators' subscriptions have threads of their own: however many and however slow, they never
                // hold up an agency's statutory notification.
                (SUBSCRIPTION.equals(job.channel()) ? subscriptionPool : pool).execute(() -> {
                    try {
                        attempt(job);
                    } finally {
                        bulkhead.onComplete();
                    }
                });
            }
        }
    }

    void attempt(DeliveryJob job) {
        ChannelSender sender = senders.get(job.channel());
        CircuitBreaker circuit = circuits.circuitBreaker(job.endpoint());
        try {
            circuit.executeCheckedSupplier(() -> {
                sender.send(job);
                return null;
            });
            Instant at = clock.instant();
            jobs.delivered(job.jobId(), at);
            if (job.notificationId() != null) {
                recordDelivery(job, at);
            }
        } catch (CallNotPermittedException e) {
            jobs.postponed(job.jobId(), clock.instant().plus(Duration.ofSeconds(1)));
        } catch (Throwable e) {
            String failure = e instanceof ChannelSender.DeliveryFailed ? e.getMessage() : e.getClass().getSimpleName();
            Instant now = clock.instant();
            if (now.isAfter(job.createdAt().plus(parkAfter))) {
                log.error("Parking delivery {} to {} over {} after {} attempts: {}", job.jobId(), job.recipientBody(),
                        job.channel(), job.attempts() + 1, failure);
                jobs.parked(job.jobId(), failure);
            } else {
                jobs.failed(job.jobId(), now.plusMillis(backoff.apply(job.attempts() + 1)), failure);
            }
        }
    }

    private void recordDelivery(DeliveryJob job, Instant at) {
        MessageContext context = new MessageContext(job.referralId(), job.jobId(), null, null, null, null).actedBy(SERVICE);
        commands.send(new RecordDelivery(job.notificationId(), job.channel(), at), context);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
        subscriptionPool.shutdownNow();
    }
}
