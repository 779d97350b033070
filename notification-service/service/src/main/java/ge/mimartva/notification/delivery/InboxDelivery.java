package ge.mimartva.notification.delivery;

import ge.mimartva.notification.command.NotificationIssued;
import ge.mimartva.notification.command.RecordDelivery;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.security.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Delivers notifications of the in-app inbox channel: a notification issued for the inbox is listed in the
 * recipient body's inbox, and its delivery is recorded. (E-mail and webhook channels deliver through their own
 * processors, retrying until the receiver took the message.)
 */
@Component
@ProcessingGroup("inbox-delivery")
public class InboxDelivery {

    public static final String CHANNEL = "INBOX";
    private static final Actor SERVICE = Actor.service("notification-service");

    private final CommandGateway commands;
    private final Clock clock;

    public InboxDelivery(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(NotificationIssued e, EventMessage<?> message) {
        if (CHANNEL.equals(e.channel())) {
            MessageContext context = MessageContext.from(message.getMetaData()).actedBy(SERVICE)
                    .causedBy(message.getIdentifier());
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new RecordDelivery(e.notificationId(), CHANNEL, Instant.now(clock))).andMetaData(context.asMap()));
        }
    }
}
