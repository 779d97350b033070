package ge.mimartva.referral.query;

import ge.mimartva.platform.messages.MessageContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Records each of referral-service's own events in the chain of the referral it belongs to (its correlation id).
 * Other services' events enter the same collection through {@code ChainFeed}.
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
    void on(Object payload, EventMessage<?> event) {
        MessageContext context = MessageContext.from(event.getMetaData());
        if (context.correlationId() != null) {
            entries.record(event.getIdentifier(), SERVICE, payload.getClass().getSimpleName(), event.getTimestamp(), context);
        }
    }

    @ResetHandler
    void reset() {
        // Only this service's own entries are rebuilt from its event store; the others came over RabbitMQ.
        mongo.remove(Query.query(Criteria.where("service").is(SERVICE)), ChainEntryDocument.class);
    }
}
