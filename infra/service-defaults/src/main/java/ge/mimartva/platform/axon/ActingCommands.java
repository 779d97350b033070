package ge.mimartva.platform.axon;

import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.security.Actor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * The one way the platform sends a command: with the context every command carries — the correlation (the referral,
 * or the record itself when there is none), the causation and the actor — either made here for a person acting
 * through the web, or already made by what caused the command (a consumed event, a delivery job). Waits for the
 * outcome and answers it.
 */
public class ActingCommands {

    private final CommandGateway commands;

    public ActingCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /** On behalf of a person acting through the web: the request's command is its own cause. */
    public <R> R send(Object command, Actor actor, String correlationId) {
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command);
        return commands.sendAndWait(message.andMetaData(
                MessageContext.of(actor, correlationId, message.getIdentifier()).asMap()));
    }

    /** Within a context already made: the consumed event's (its correlation, its actor, caused by it), or a job's. */
    public <R> R send(Object command, MessageContext context) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(context.asMap()));
    }

    /**
     * A creating command whose record's id is derived from its cause: a record made before under that id (the same
     * event delivered again, the same request retried) counts as made now.
     */
    public void sendOnce(Object command, MessageContext context) {
        try {
            send(command, context);
        } catch (RuntimeException e) {
            if (!CommandOutcomes.alreadyCreated(e)) {
                throw e;
            }
        }
    }
}
