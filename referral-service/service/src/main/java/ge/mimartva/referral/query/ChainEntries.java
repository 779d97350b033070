package ge.mimartva.referral.query;

import ge.mimartva.platform.messages.MessageContext;
import org.springframework.data.domain.Sort;
import ge.mimartva.platform.projection.ReadModelWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** The {@code chain} collection: every event of every referral, from every service, in the order they occurred. */
@Component
public class ChainEntries {

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;

    public ChainEntries(MongoTemplate mongo, ReadModelWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    /**
     * Records an event once: the event id is the document id, so recording it again changes nothing. {@code sequence}
     * orders the events one aggregate recorded within the same instant (0 where there is none).
     */
    public void record(String eventId, String service, String type, Instant occurredAt, long sequence,
                       MessageContext context) {
        writes.save(new ChainEntryDocument(eventId, context.correlationId(), service, type, occurredAt, sequence, context.actorId(),
                context.actorUsername(), context.actorRole(), context.actorBody(), context.correlationId(),
                context.causationId()));
    }

    public List<ChainEntryDocument> of(String referralId) {
        return mongo.find(Query.query(Criteria.where("referralId").is(referralId))
                .with(Sort.by("occurredAt", "sequence", "_id")), ChainEntryDocument.class);
    }
}
