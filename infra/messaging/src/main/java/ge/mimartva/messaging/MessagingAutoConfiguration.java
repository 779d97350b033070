package ge.mimartva.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.amqp.RabbitAutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Duration;

@AutoConfiguration(after = RabbitAutoConfiguration.class, before = AxonAutoConfiguration.class)
public class MessagingAutoConfiguration {

    @Bean
    Declarables mimartvaIntegrationTopology() {
        return IntegrationTopology.declarables();
    }

    @Bean
    IntegrationEventPublisher integrationEventPublisher(RabbitTemplate rabbitTemplate, ObjectMapper objectMapper,
            @Value("${mimartva.messaging.confirm-timeout:PT10S}") Duration confirmTimeout,
            ObjectProvider<MeterRegistry> meters) {
        rabbitTemplate.setMandatory(true);
        return new IntegrationEventPublisher(rabbitTemplate, objectMapper, confirmTimeout,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /**
     * The relay handles up to {@code mimartva.messaging.relay-batch-size} events per batch: it sends them all and
     * waits for their confirms once.
     */
    @Bean
    ConfigurerModule integrationEventRelayBatches(@Value("${mimartva.messaging.relay-batch-size:50}") int batchSize) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                IntegrationEventRelay.PROCESSING_GROUP,
                config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize));
    }

    @Bean
    IntegrationEventRelay integrationEventRelay(IntegrationEventPublisher publisher,
            @Value("${mimartva.messaging.relay-max-backoff:PT2S}") Duration maxBackoff) {
        return new IntegrationEventRelay(publisher, Duration.ofMillis(100), maxBackoff);
    }
}
