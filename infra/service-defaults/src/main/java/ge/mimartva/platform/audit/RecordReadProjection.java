package ge.mimartva.platform.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.domain.Sort;
import ge.mimartva.platform.projection.ReadModelWrites;
import ge.mimartva.platform.web.PageCursor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Optional;

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
    /** The reads of a record, oldest first, a page at a time after {@code after} (the last one of the page before). */
    public List<RecordReadDocument> readsOf(String recordId, Optional<PageCursor> after, int limit) {
        Criteria ofRecord = Criteria.where("recordId").is(recordId);
        Criteria criteria = after.map(c -> new Criteria().andOperator(ofRecord, new Criteria().orOperator(
                Criteria.where("readAt").gt(c.instant(0)),
                Criteria.where("readAt").is(c.instant(0)).and("_id").gt(c.value(1))))).orElse(ofRecord);
        return mongo.find(Query.query(criteria).with(Sort.by("readAt", "_id")).limit(limit), RecordReadDocument.class);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(RecordReadDocument.class);
    }
}
