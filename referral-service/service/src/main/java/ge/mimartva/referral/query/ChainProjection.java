package ge.mimartva.referral.query;

import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.referral.command.RelatedEventRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds every referral's chain from referral-service's event store: its own events, in the chain of the referral
 * they correlate with, and the other services' events it recorded ({@link RelatedEventRecorded}).
 */
@Component
@ProcessingGroup(ChainProjection.NAME)
public class ChainProjection {

    public static final String NAME = "chain-projection";
    public static final String SERVICE = "referral-service";

    private final ChainEntries entries;
    private final MongoTemplate mongo;

    public ChainProjection(ChainEntries entries, MongoTemplate mongo) {
        this.entries = entries;
        this.mongo = mongo;
    }

    @EventHandler
    void on(RelatedEventRecorded e) {
        entries.record(e.eventId(), e.service(), e.type(), e.occurredAt(), 0, new MessageContext(e.referralId(),
                e.causationId(), e.actorId(), e.actorUsername(), e.actorRole(), e.actorBody()));
    }

    /**
     * Every event of this service that names its referral. Only the event's type, id, time and context are read: the
     * payload is never deserialized (nor its personal data opened) for the chain.
     */
    @EventHandler(payloadType = Object.class)
    void on(EventMessage<?> event) {
        MessageContext context = MessageContext.from(event.getMetaData());
        if (context.correlationId() != null) {
            long sequence = event instanceof DomainEventMessage<?> domainEvent ? domainEvent.getSequenceNumber() : 0;
            entries.record(event.getIdentifier(), SERVICE, event.getPayloadType().getSimpleName(), event.getTimestamp(),
                    sequence, context);
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ChainEntryDocument.class);
    }
}
