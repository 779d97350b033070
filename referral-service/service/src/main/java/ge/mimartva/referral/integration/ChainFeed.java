package ge.mimartva.referral.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.messaging.IntegrationEventConsumer;
import ge.mimartva.messaging.IntegrationTopology;
import ge.mimartva.messaging.ReceivedIntegrationEvent;
import ge.mimartva.referral.query.ChainEntries;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Other services' integration events join the chain of the referral they correlate with. */
@Configuration
public class ChainFeed {

    private final ChainEntries entries;

    public ChainFeed(ChainEntries entries) {
        this.entries = entries;
    }

    void record(ReceivedIntegrationEvent event) {
        if (event.context().correlationId() != null) {
            entries.record(event.eventId(), event.source() + "-service", event.type(), event.occurredAt(), event.context());
        }
    }

    @Bean
    SimpleMessageListenerContainer chainFeedConsumer(ConnectionFactory connectionFactory, ObjectMapper mapper) {
        return IntegrationEventConsumer.container(connectionFactory, IntegrationTopology.REFERRAL_SERVICE,
                this::record, mapper);
    }
}
