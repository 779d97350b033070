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
