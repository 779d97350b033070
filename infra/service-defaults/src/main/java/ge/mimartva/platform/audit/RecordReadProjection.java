package ge.mimartva.platform.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import ge.mimartva.platform.projection.ReadModelWrites;
import ge.mimartva.platform.mongo.KeysetOrder;
import ge.mimartva.platform.web.Page;
import ge.mimartva.platform.web.PageCursor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reads of each record, refused ones too, for auditors, from this service's {@link RecordRead} and {@link RecordReadRefused} events. */
@ProcessingGroup(RecordReadProjection.NAME)
public class RecordReadProjection {

    public static final String NAME = "record-read-projection";
    private static final KeysetOrder BY_READ = KeysetOrder.oldestFirst("readAt");

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

    /** The reads of a record, oldest first, a page at a time after {@code after} (the last one of the page before). */
    public Page<RecordReadDocument> readsOf(String recordId, Optional<PageCursor> after, int size) {
        List<Criteria> criteria = new ArrayList<>(List.of(Criteria.where("recordId").is(recordId)));
        after.ifPresent(c -> criteria.add(BY_READ.after(c.instant(0), c.value(1))));
        return Page.of(mongo.find(BY_READ.pageOf(criteria, size), RecordReadDocument.class), size,
                last -> PageCursor.of(last.readAt().toString(), last.eventId()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(RecordReadDocument.class);
    }
}
