package ge.mimartva.platform.processing;

import ge.mimartva.platform.projection.ProjectionRebuilding;
import ge.mimartva.platform.projection.ProjectionReplay;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How every service processes its events: each processing group has a dead-letter queue in the service's PostgreSQL
 * database (Axon's sequenced one, table {@code deadletterentry}), so an event a handler cannot take is put aside with
 * the later events of its record while everything else flows on; projections handle batches of events in one
 * transaction (and may have {@code mimartva.processing.segments} segments); every processor's health is part of
 * readiness. Processors are tracking processors: they wait on the event store's stream and wake at once when an
 * event is stored, and skip the events they have no handler for without a transaction. (Pooled streaming
 * processors were measured too: on this event store they poll every 500 ms when idle, which added 250 ms to every
 * hop of the chain.)
 */
@AutoConfiguration(before = {AxonAutoConfiguration.class, JdbcAutoConfiguration.class})
@Import(DeadLetterAdminController.class)
public class ProcessingAutoConfiguration {

    @Bean
    ConfigurerModule eventProcessingDefaults(ListableBeanFactory beans, ConnectionProvider connections,
                                            TransactionManager transactions,
                                            @Qualifier("eventSerializer") Serializer eventSerializer,
                                            Serializer genericSerializer,
                                            @Value("${mimartva.processing.projection-batch-size:100}") int projectionBatchSize,
                                            @Value("${mimartva.processing.segments:1}") int segments) {
        Set<String> groups = processingGroups(beans);
        return new ConfigurerModule() {
            @Override
            public void configureModule(org.axonframework.config.Configurer configurer) {
                var processing = configurer.eventProcessing();
                processing.registerDeadLetterQueueProvider(group -> config -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .schema(DeadLetterSchema.defaultSchema())
                        .genericSerializer(genericSerializer)
                        .eventSerializer(eventSerializer)
                        .maxSequences(10_000)
                        .build());
                processing.registerDefaultDeadLetterPolicy(config -> new PoisonEventPolicy());
                for (String group : groups) {
                    // Without the cache, every event would ask the database whether its record has letters waiting.
                    processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                            (config, invoker) -> invoker.enableSequenceIdentifierCache());
                    if (group.endsWith(ProjectionReplay.PROJECTION_SUFFIX)) {
                        // A projection only writes its read model, idempotently: it may take a batch per transaction.
                        // (Any other group sends commands, and one refused command would abort a whole batch's
                        // transaction: it handles each event in a transaction of its own.) Its documents are each one
                        // record's, so its records may be spread over segments, a thread each.
                        processing.registerTrackingEventProcessorConfiguration(group, config ->
                                TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                                        .andInitialSegmentsCount(segments).andBatchSize(projectionBatchSize));
                    }
                }
            }

            /** After Axon's own modules, so this dead-letter queue provider is the one that stays. */
            @Override
            public int order() {
                return 100;
            }
        };
    }

    @Bean
    DeadLetters deadLetters(EventProcessingConfiguration processing) {
        return new DeadLetters(processing);
    }

    /** After the capacity filter: an API read waits for the read models to be rebuilt, or is told to retry. */
    @Bean
    FilterRegistrationBean<CatchingUpFilter> catchingUpFilter(EventProcessorsHealth processors,
                                                              ObjectProvider<MeterRegistry> meters,
                                                              @Value("${mimartva.processing.catch-up-patience:2s}") Duration patience) {
        FilterRegistrationBean<CatchingUpFilter> registration = new FilterRegistrationBean<>(
                new CatchingUpFilter(processors, patience, meters.getIfAvailable(SimpleMeterRegistry::new)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    EventProcessorsHealth eventProcessorsHealthIndicator(EventProcessingConfiguration processing, EventStorageEngine events,
                                                         TokenStore tokens, DeadLetters deadLetters, ObjectProvider<Clock> clock,
                                                         @Value("${mimartva.processing.max-lag:10000}") long maxLag,
                                                         @Value("${mimartva.processing.claim-grace:30s}") Duration claimGrace) {
        return new EventProcessorsHealth(processing, events, tokens, deadLetters, maxLag, claimGrace,
                clock.getIfAvailable(Clock::systemUTC));
    }

    /** A projection being rebuilt is read again only once it has reached the head (the catching-up filter). */
    @Bean
    ApplicationListener<ProjectionRebuilding> readsWaitForARebuild(FilterRegistrationBean<CatchingUpFilter> catchingUp) {
        return rebuild -> catchingUp.getFilter().rebuilding(rebuild.processingGroup());
    }

    /**
     * Once the service runs: processor gauges, the segments shared among instances every balance interval, and letters
     * whose failure looked transient retried every interval.
     */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService eventProcessingRounds() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "event-processing-rounds");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The instances alive are those seen within three rounds of the balancer: less than Axon's claim timeout (10 s),
     * so that a dead instance is forgotten before its segments are taken over, and the survivor keeps them.
     */
    @Bean
    ProcessingInstances processingInstances(JdbcTemplate jdbc,
                                            @Value("${mimartva.processing.balance-interval:3s}") Duration interval) {
        return new ProcessingInstances(jdbc, ManagementFactory.getRuntimeMXBean().getName(), interval.multipliedBy(3),
                Clock.systemUTC());
    }

    @Bean
    SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, TokenStore tokens,
                                    ProcessingInstances instances,
                                    @Value("${mimartva.processing.balance-interval:3s}") Duration interval) {
        return new SegmentBalancer(processing, tokens, instances, interval.multipliedBy(5));
    }

    @Bean
    ApplicationListener<ContextClosedEvent> processingInstanceLeaves(ProcessingInstances instances) {
        return event -> {
            try {
                instances.leave();
            } catch (RuntimeException e) {
                // The database may be what is down; the others forget this instance after the expiry.
            }
        };
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> processingStarted(EventProcessorsHealth health, DeadLetters deadLetters,
                                                                 SegmentBalancer balancer,
                                                                 ObjectProvider<MeterRegistry> meters,
                                                                 ScheduledExecutorService eventProcessingRounds,
                                                                 @Value("${mimartva.processing.transient-retry-interval:30s}") Duration interval,
                                                                 @Value("${mimartva.processing.balance-interval:3s}") Duration balanceInterval) {
        return event -> {
            meters.ifAvailable(health::bindTo);
            everyRound(eventProcessingRounds, Duration.ZERO, balanceInterval, balancer::balance);
            everyRound(eventProcessingRounds, interval, interval, deadLetters::retryTransient);
        };
    }

    private static void everyRound(ScheduledExecutorService rounds, Duration first, Duration interval, Runnable round) {
        rounds.scheduleWithFixedDelay(() -> {
            try {
                round.run();
            } catch (RuntimeException e) {
                // The database may be what is down; the next round tries again.
            }
        }, first.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Set<String> processingGroups(ListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(name -> beans.findAnnotationOnBean(name, ProcessingGroup.class))
                .filter(Objects::nonNull)
                .forEach(group -> groups.add(group.value()));
        return groups;
    }
}
