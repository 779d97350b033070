package ge.mimartva.platform.axon;

import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.security.Actor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Sends a command on behalf of the person acting, with the context every command carries: the correlation (the
 * referral, or the record itself when there is none), the causation (the command's own id, for the request) and the
 * actor. Waits for the outcome and answers it.
 */
public class ActingCommands {

    private final CommandGateway commands;

    public ActingCommands(CommandGateway commands) {
        this.commands = commands;
    }

    public <R> R send(Object command, Actor actor, String correlationId) {
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command);
        return commands.sendAndWait(message.andMetaData(
                MessageContext.of(actor, correlationId, message.getIdentifier()).asMap()));
    }
}
