package ge.mimartva.notification.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.messaging.IntegrationEventConsumer;
import ge.mimartva.messaging.IntegrationTopology;
import ge.mimartva.messaging.ReceivedIntegrationEvent;
import ge.mimartva.notification.command.IssueNotification;
import ge.mimartva.notification.matrix.NotificationMatrix;
import ge.mimartva.notification.matrix.ReferralFacts;
import ge.mimartva.platform.axon.CommandOutcomes;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.security.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Turns referral events into notifications, one per matrix rule and recipient. The notification id is derived from
 * the triggering event, the rule and the recipient, so a redelivered event finds its notifications already issued
 * and issues none twice.
 */
@Configuration
public class ReferralEventsConsumer {

    static final Actor NOTIFICATION_SERVICE = Actor.service("notification-service");

    private final NotificationMatrix matrix;
    private final CommandGateway commands;

    public ReferralEventsConsumer(NotificationMatrix matrix, CommandGateway commands) {
        this.matrix = matrix;
        this.commands = commands;
    }

    @Bean
    SimpleMessageListenerContainer notificationInboundConsumer(ConnectionFactory connectionFactory, ObjectMapper mapper) {
        return IntegrationEventConsumer.container(connectionFactory, IntegrationTopology.NOTIFICATION_SERVICE,
                this::handle, mapper);
    }

    void handle(ReceivedIntegrationEvent event) {
        if (event.is(ReferralContract.SOURCE, ReferralFiledV1.TYPE, ReferralFiledV1.VERSION)) {
            onReferralFiled(event, event.payloadAs(ReferralFiledV1.class));
        }
        // Other events on this queue have no matrix row yet: acknowledged and left alone.
    }

    private void onReferralFiled(ReceivedIntegrationEvent event, ReferralFiledV1 referral) {
        ReferralFacts facts = new ReferralFacts(referral.referralId(), referral.municipality(),
                referral.concerns().stream().map(Concern::name).toList(), referral.immediateDanger());
        String trigger = event.source() + "." + event.type();
        MessageContext context = event.context().actedBy(NOTIFICATION_SERVICE).causedBy(event.eventId());
        for (NotificationMatrix.Addressed n : matrix.notificationsFor(trigger, facts)) {
            String notificationId = UUID.nameUUIDFromBytes((event.eventId() + "|" + n.rule().id() + "|"
                    + n.recipient().id()).getBytes(StandardCharsets.UTF_8)).toString();
            IssueNotification issue = new IssueNotification(notificationId, referral.referralId(), n.rule().id(),
                    n.rule().version(), n.rule().legalBasis(), n.recipient().id(), n.recipient().name(),
                    n.rule().channel(), facts.municipality(), facts.concerns(), facts.immediateDanger(),
                    event.occurredAt(), event.occurredAt().plus(n.rule().acknowledgeWithin()));
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(issue).andMetaData(context.asMap()));
            } catch (RuntimeException e) {
                if (!CommandOutcomes.alreadyCreated(e)) {
                    throw e;
                }
            }
        }
    }
}
