package ge.mimartva.victimstatus.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.messaging.IntegrationEventConsumer;
import ge.mimartva.messaging.IntegrationTopology;
import ge.mimartva.messaging.ReceivedIntegrationEvent;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.security.Actor;
import ge.mimartva.victimstatus.command.LinkReferral;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Links every filed referral to the protection record of the child it concerns. */
@Configuration
public class ReferralEventsConsumer {

    private static final Actor SERVICE = Actor.service("victim-status-service");

    private final CommandGateway commands;

    public ReferralEventsConsumer(CommandGateway commands) {
        this.commands = commands;
    }

    @Bean
    SimpleMessageListenerContainer victimStatusInboundConsumer(ConnectionFactory connectionFactory, ObjectMapper mapper) {
        return IntegrationEventConsumer.container(connectionFactory, IntegrationTopology.VICTIM_STATUS_SERVICE,
                this::handle, mapper);
    }

    void handle(ReceivedIntegrationEvent event) {
        if (event.is(ReferralContract.SOURCE, ReferralFiledV1.TYPE, ReferralFiledV1.VERSION)) {
            ReferralFiledV1 referral = event.payloadAs(ReferralFiledV1.class);
            MessageContext context = event.context().actedBy(SERVICE).causedBy(event.eventId());
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new LinkReferral(referral.childSubjectId(),
                    referral.referralId(), referral.municipality(), event.occurredAt())).andMetaData(context.asMap()));
        }
    }
}
