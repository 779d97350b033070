package ge.mimartva.platform.axon;

import ge.mimartva.platform.messages.MessageContextProvider;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import ge.mimartva.platform.privacy.PrivacyAutoConfiguration;
import org.axonframework.serialization.Serializer;

/** Axon settings every service shares. */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class AxonDefaultsAutoConfiguration {

    @Bean
    CorrelationDataProvider messageContextProvider() {
        return new MessageContextProvider();
    }

    @Bean
    ActingCommands actingCommands(CommandGateway commandGateway) {
        return new ActingCommands(commandGateway);
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
