package ge.mimartva.platform.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.domain.Sort;
import ge.mimartva.platform.projection.ReadModelWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;

/** The reads of each record, refused ones too, for auditors, from this service's {@link RecordRead} and {@link RecordReadRefused} events. */
@ProcessingGroup(RecordReadProjection.NAME)
public class RecordReadProjection {

    public static final String NAME = "record-read-projection";

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;

    public RecordReadProjection(MongoTemplate mongo, ReadModelWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @EventHandler
    void on(RecordRead e, EventMessage<?> message) {
        writes.save(new RecordReadDocument(message.getIdentifier(), e.record(), e.recordId(), e.readerId(),
                e.readerUsername(), e.readerRole(), e.readerBody(), e.purpose(), e.readAt(), false));
    }

    @EventHandler
    void on(RecordReadRefused e, EventMessage<?> message) {
        writes.save(new RecordReadDocument(message.getIdentifier(), e.record(), e.recordId(), e.readerId(),
                e.readerUsername(), e.readerRole(), e.readerBody(), null, e.refusedAt(), true));
    }

    /** Every read of the record, oldest first. */
    public List<RecordReadDocument> readsOf(String recordId) {
        return mongo.find(Query.query(Criteria.where("recordId").is(recordId)).with(Sort.by("readAt", "_id")),
                RecordReadDocument.class);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(RecordReadDocument.class);
    }
}
