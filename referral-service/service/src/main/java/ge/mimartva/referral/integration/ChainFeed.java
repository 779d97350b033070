package ge.mimartva.referral.integration;

import ge.mimartva.messaging.PersonalDataErasedV1;
import ge.mimartva.platform.privacy.ErasureReason;
import ge.mimartva.platform.privacy.PersonalDataErasure;
import ge.mimartva.security.Actor;
import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.messaging.IntegrationEventConsumer;
import ge.mimartva.messaging.IntegrationTopology;
import ge.mimartva.messaging.ReceivedIntegrationEvent;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.referral.command.RecordRelatedEvent;
import ge.mimartva.referral.command.ReferralChainIds;
import ge.mimartva.platform.axon.ActingCommands;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Other services' integration events join the chain of the referral they correlate with; an erasure requested on
 * another service erases this service's key of the same subject too.
 */
@Configuration
public class ChainFeed {

    private static final Actor SERVICE = Actor.service("referral-service");

    private final ActingCommands commands;
    private final PersonalDataErasure erasure;

    public ChainFeed(ActingCommands commands, PersonalDataErasure erasure) {
        this.commands = commands;
        this.erasure = erasure;
    }

    void receive(ReceivedIntegrationEvent event) {
        PersonalDataErasedV1.subjectErasedBy(event).ifPresent(subject -> erasure.erase(subject,
                ErasureReason.ERASED_ELSEWHERE, event.context().actedBy(SERVICE).causedBy(event.eventId())));
        record(event);
    }

    void record(ReceivedIntegrationEvent event) {
        MessageContext c = event.context();
        if (c.correlationId() == null) {
            return;
        }
        RecordRelatedEvent command = new RecordRelatedEvent(ReferralChainIds.of(c.correlationId()), c.correlationId(),
                event.eventId(), event.source() + "-service", event.type(), event.occurredAt(), c.actorId(),
                c.actorUsername(), c.actorRole(), c.actorBody(), c.causationId());
        commands.send(command, c);
    }

    @Bean
    SimpleMessageListenerContainer chainFeedConsumer(ConnectionFactory connectionFactory, ObjectMapper mapper) {
        return IntegrationEventConsumer.container(connectionFactory, IntegrationTopology.subscription("referral-service.inbound"),
                this::receive, mapper);
    }
}
