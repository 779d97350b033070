package ge.mimartva.messaging;

import ge.mimartva.platform.messages.MessageContext;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;

/**
 * An integration event on its way out: the published payload (a record of the producer's {@code api} module) with
 * the id and time of the domain event it was made from, and that event's message context.
 */
public record IntegrationMessage(String eventId, String source, String type, int version, Instant occurredAt,
                                 MessageContext context, Object payload) {

    public static IntegrationMessage from(EventMessage<?> domainEvent, String source, String type, int version,
                                          Object payload) {
        return new IntegrationMessage(domainEvent.getIdentifier(), source, type, version, domainEvent.getTimestamp(),
                MessageContext.from(domainEvent.getMetaData()), payload);
    }

    public String routingKey() {
        return IntegrationTopology.routingKey(source, type, version);
    }
}
