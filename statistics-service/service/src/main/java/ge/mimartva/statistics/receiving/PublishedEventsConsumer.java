package ge.mimartva.statistics.receiving;

import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.messaging.IntegrationEventConsumer;
import ge.mimartva.messaging.IntegrationTopology;
import ge.mimartva.messaging.ReceivedIntegrationEvent;
import ge.mimartva.platform.axon.CommandOutcomes;
import ge.mimartva.security.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every event the three services publish is recorded here once (the statistics are computed from these records). */
@Configuration
public class PublishedEventsConsumer {

    private static final Actor SERVICE = Actor.service("statistics-service");

    private final CommandGateway commands;

    public PublishedEventsConsumer(CommandGateway commands) {
        this.commands = commands;
    }

    @Bean
    SimpleMessageListenerContainer statisticsInboundConsumer(ConnectionFactory connectionFactory, ObjectMapper mapper) {
        return IntegrationEventConsumer.container(connectionFactory, IntegrationTopology.STATISTICS_SERVICE,
                this::handle, mapper);
    }

    void handle(ReceivedIntegrationEvent event) {
        var command = new ReceivedEvent.RecordPublishedEvent(event.eventId(), event.source(), event.type(),
                event.version(), event.occurredAt(), event.payload().toString());
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                    event.context().actedBy(SERVICE).causedBy(event.eventId()).asMap()));
        } catch (RuntimeException failure) {
            if (!CommandOutcomes.alreadyCreated(failure)) {
                throw failure;
            }
            // delivered again: recorded the first time
        }
    }
}
