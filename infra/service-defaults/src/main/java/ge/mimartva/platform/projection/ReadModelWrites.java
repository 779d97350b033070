package ge.mimartva.platform.projection;

import ge.mimartva.platform.axon.BatchResources;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A projection's writes to its read model. Within a batch of its event processor the writes are gathered and sent to
 * MongoDB together, in order, one bulk write per collection run, just before the batch commits its token (a replay
 * of 20,000 events is then a few hundred round trips, not 20,000). A read through this class first sends what is
 * gathered if any of it may touch the document read (a write to that document, or an update of many in its
 * collection), so a handler always reads what the handlers before it wrote; a read of a document the batch has not
 * written leaves the gathered writes where they are. Outside a batch every write goes at once.
 * <p>
 * As before, a write reaches MongoDB before the token moves past its event, and a crash between the two makes the
 * processor handle the batch again: the projections' writes are idempotent (keyed by id, guarded by version).
 */
public class ReadModelWrites {

    private static final String VERSION = "version";
    private static final long NO_DOCUMENT = -1;

    private final MongoTemplate mongo;

    public ReadModelWrites(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts the document, or replaces the one with its id; it has seen the events of its record up to {@code version}. */
    public void save(Object document, long version) {
        save(document);
        Gathered gathered = gathered();
        if (gathered != null) {
            gathered.versions.put(key(document.getClass(), idOf(document)), version);
        }
    }

    /**
     * Applies the update to the document with this id only if the document has not yet seen this event of its record
     * (its {@code version} is below {@code sequence}), and records that it has. So an event handled again (after a
     * crash between the write and the token) changes nothing the second time. A document that does not exist is left
     * so. The check reads the document's version by its id (once per batch; a document this batch wrote is known), so
     * every write is by id alone and every store serves it from its id index.
     */
    public void applyOnce(Class<?> type, Object id, long sequence, Update update) {
        once(type, id, sequence, update, false);
    }

    /** As {@link #applyOnce}, but a document that does not exist is made of the update. */
    public void upsertOnce(Class<?> type, Object id, long sequence, Update update) {
        once(type, id, sequence, update, true);
    }

    /**
     * Applies the update to the document with this id, made of the update if it does not exist, without reading it
     * first: for an update that changes nothing when applied again ({@code $addToSet}, {@code $min}, {@code $max},
     * {@code $setOnInsert}), so an event handled again after a crash leaves the document as it was.
     */
    public void upsertIdempotent(Class<?> type, Object id, Update update) {
        String key = key(type, id);
        write(type, key, bulk -> bulk.upsert(Query.query(Criteria.where("_id").is(id)), update));
    }

    private void once(Class<?> type, Object id, long sequence, Update update, boolean upsert) {
        String key = key(type, id);
        Gathered before = gathered();
        Long known = before == null ? null : before.versions.get(key);
        long version = known != null ? known : storedVersion(type, id);
        if (version >= sequence || (version == NO_DOCUMENT && !upsert)) {
            return;
        }
        Query byId = Query.query(Criteria.where("_id").is(id));
        Update versioned = update.set(VERSION, sequence);
        write(type, key, bulk -> {
            if (upsert) {
                bulk.upsert(byId, versioned);
            } else {
                bulk.updateOne(byId, versioned);
            }
        });
        Gathered gathered = gathered();
        if (gathered != null) {
            gathered.versions.put(key, sequence);
        }
    }

    private long storedVersion(Class<?> type, Object id) {
        flushWritesTo(type, id);
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().include(VERSION);
        Document stored = mongo.findOne(byId, Document.class, mongo.getCollectionName(type));
        if (stored == null) {
            return NO_DOCUMENT;
        }
        return stored.get(VERSION) instanceof Number n ? n.longValue() : NO_DOCUMENT + 1;
    }

    private static String key(Class<?> type, Object id) {
        return type.getName() + "#" + id;
    }

    private Gathered gathered() {
        return BatchResources.existing(Gathered.class).orElse(null);
    }

    /** Inserts the document, or replaces the one with its id. */
    public void save(Object document) {
        Object id = idOf(document);
        Query byId = Query.query(Criteria.where("_id").is(id));
        write(document.getClass(), key(document.getClass(), id),
                bulk -> bulk.replaceOne(byId, document, FindAndReplaceOptions.options().upsert()));
        Gathered gathered = gathered();
        if (gathered != null) {
            gathered.saved.put(key(document.getClass(), id), document);
        }
    }

    /** Updates every document the query matches. */
    public void updateMulti(Query query, Update update, Class<?> type) {
        write(type, null, bulk -> bulk.updateMulti(query, update));
    }

    /**
     * The document with this id, as the writes gathered so far leave it: a document this batch saved whole (and did
     * not update since) is answered as saved, without a round trip; otherwise what is gathered is sent first if it
     * may touch this document.
     */
    public <T> T findById(Object id, Class<T> type) {
        Gathered gathered = gathered();
        Object saved = gathered == null ? null : gathered.saved.get(key(type, id));
        if (saved != null) {
            return type.cast(saved);
        }
        flushWritesTo(type, id);
        return mongo.findById(id, type);
    }

    /** Sends what is gathered if any of it is a write to this document or an update of many in its collection. */
    private void flushWritesTo(Class<?> type, Object id) {
        Gathered gathered = gathered();
        if (gathered != null && gathered.mayTouch(type, key(type, id))) {
            gathered.send();
        }
    }

    /** A write to the document with this key, or (a null key) to any number of documents of the collection. */
    private void write(Class<?> type, String key, Consumer<BulkOperations> operation) {
        Optional<Gathered> batch = BatchResources.ofCurrentBatch(Gathered.class, Gathered::new, Gathered::send);
        if (batch.isPresent()) {
            batch.get().add(type, key, operation);
        } else {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, type);
            operation.accept(bulk);
            bulk.execute();
        }
    }

    private Object idOf(Object document) {
        return mongo.getConverter().getMappingContext().getRequiredPersistentEntity(document.getClass())
                .getIdentifierAccessor(document).getRequiredIdentifier();
    }

    /**
     * The writes of one batch not yet sent, in order, grouped into runs of the same collection, with the documents
     * and the collections (updates of many) they write to; the version each document written in the batch has
     * reached; and the documents it saved whole.
     */
    private final class Gathered {
        private final Map<String, Long> versions = new HashMap<>();
        private final Map<String, Object> saved = new HashMap<>();
        private final List<Class<?>> types = new ArrayList<>();
        private final List<List<Consumer<BulkOperations>>> runs = new ArrayList<>();
        private final Set<String> written = new HashSet<>();
        private final Set<Class<?>> writtenInBulk = new HashSet<>();

        boolean mayTouch(Class<?> type, String key) {
            return written.contains(key) || writtenInBulk.contains(type);
        }

        /** A write makes what the batch saved of the documents it touches stale: they are read after sending. */
        void add(Class<?> type, String key, Consumer<BulkOperations> operation) {
            if (key == null) {
                writtenInBulk.add(type);
                saved.keySet().removeIf(k -> k.startsWith(type.getName() + "#"));
            } else {
                written.add(key);
                saved.remove(key);
            }
            if (types.isEmpty() || !types.get(types.size() - 1).equals(type)) {
                types.add(type);
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(operation);
        }

        void send() {
            for (int i = 0; i < runs.size(); i++) {
                BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, types.get(i));
                runs.get(i).forEach(op -> op.accept(bulk));
                bulk.execute();
            }
            types.clear();
            runs.clear();
            written.clear();
            writtenInBulk.clear();
        }
    }
}
