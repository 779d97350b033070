package ge.mimartva.platform.axon;

import jakarta.validation.Validator;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolution;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;

import ge.mimartva.platform.messages.MessageContextProvider;
import ge.mimartva.platform.privacy.PrivacyAutoConfiguration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/** Axon settings every service shares. */
@AutoConfiguration(before = {AxonAutoConfiguration.class, JdbcAutoConfiguration.class})
public class AxonDefaultsAutoConfiguration {

    @Bean
    CorrelationDataProvider messageContextProvider() {
        return new MessageContextProvider();
    }

    @Bean
    ActingCommands actingCommands(CommandGateway commandGateway) {
        return new ActingCommands(commandGateway);
    }

    @Bean
    RecordActions recordActions(ActingCommands commands, Validator validator) {
        return new RecordActions(commands, validator);
    }

    @Bean
    IdempotentCreation idempotentCreation(ActingCommands commands, JdbcTemplate jdbc) {
        return new IdempotentCreation(commands, jdbc);
    }

    /**
     * Axon's event serializer refuses an event over {@code mimartva.limits.max-event-size}. It wraps the serializer
     * after the sealing one, so the limit applies to what is stored.
     */
    @Bean
    static BeanPostProcessor sizeLimitedEventSerializer(Environment environment) {
        long limit = environment.getProperty("mimartva.limits.max-event-size", DataSize.class, DataSize.ofKilobytes(256))
                .toBytes();
        return new SizeLimitedEventSerializerPostProcessor(limit);
    }

    private record SizeLimitedEventSerializerPostProcessor(long limit) implements BeanPostProcessor, Ordered {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return "eventSerializer".equals(beanName) && bean instanceof Serializer serializer
                    && !(bean instanceof SizeLimitedEventSerializer) ? new SizeLimitedEventSerializer(serializer, limit) : bean;
        }

        @Override
        public int getOrder() {
            return PrivacyAutoConfiguration.SEALING_ORDER + 1;
        }
    }

    /**
     * Axon's JDBC event store as its Spring Boot starter makes it, but reading {@code mimartva.processing.fetch-size}
     * events per query (Axon's default is 100): a processor catching up or replaying makes ten times fewer round
     * trips.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          @Value("${mimartva.processing.fetch-size:1000}") int fetchSize) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .batchSize(fetchSize)
                .build();
    }

    /**
     * Axon's event store as its Spring Boot starter makes it, but keeping the last {@code mimartva.event-store.cached-events}
     * events in memory for the processors that follow the head, 1,000 instead of Axon's 10,000: a processor further
     * behind reads from the database until it has caught up, as every processor does after a start or in a replay. The
     * 10,000 were 35 MB of referral-service's heap (docs/benchmarks.md, "Resident memory, measured again").
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                  @Value("${mimartva.event-store.cached-events:1000}") int cachedEvents) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .cachedEvents(cachedEvents)
                .build();
    }

    /**
     * A command type handled twice is a bug: Axon would route it to one of the two and a command meant for one
     * aggregate would load another's history (seen: a conciliation request of a restraining order sent to the
     * protective order). The service refuses to start instead.
     */
    @Bean
    DuplicateCommandHandlerResolver duplicateCommandHandlerResolver() {
        return DuplicateCommandHandlerResolution.rejectDuplicates();
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    /**
     * A failing event handler must not be skipped: the error propagates, the processor keeps its token and retries.
     * (Axon's default only logs and moves on, which would silently lose a projection update or a published event.)
     */
    @Bean
    ConfigurerModule propagateEventHandlerErrors() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
