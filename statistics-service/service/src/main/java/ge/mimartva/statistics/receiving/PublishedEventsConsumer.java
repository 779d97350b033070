package ge.mimartva.statistics.receiving;

import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.messaging.IntegrationEventConsumer;
import ge.mimartva.messaging.IntegrationTopology;
import ge.mimartva.messaging.ReceivedIntegrationEvent;
import ge.mimartva.security.Actor;
import ge.mimartva.platform.axon.ActingCommands;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every event the three services publish is recorded here once (the statistics are computed from these records). */
@Configuration
public class PublishedEventsConsumer {

    private static final Actor SERVICE = Actor.service("statistics-service");

    private final ActingCommands commands;

    public PublishedEventsConsumer(ActingCommands commands) {
        this.commands = commands;
    }

    @Bean
    SimpleMessageListenerContainer statisticsInboundConsumer(ConnectionFactory connectionFactory, ObjectMapper mapper) {
        return IntegrationEventConsumer.container(connectionFactory, IntegrationTopology.subscription("statistics-service.inbound"),
                this::handle, mapper);
    }

    void handle(ReceivedIntegrationEvent event) {
        var command = new ReceivedEvent.RecordPublishedEvent(event.eventId(), event.source(), event.type(),
                event.version(), event.occurredAt(), event.payload().toString());
        // delivered again, it was recorded the first time
        commands.sendOnce(command, event.context().actedBy(SERVICE).causedBy(event.eventId()));
    }
}
