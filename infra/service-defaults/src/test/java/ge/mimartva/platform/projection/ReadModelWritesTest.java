package ge.mimartva.platform.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A projection's writes against a MongoDB-protocol server: gathered per batch, sent in order, each event once. */
class ReadModelWritesTest {

    @Document("cases")
    record Case(@Id String id, String status, int reviews, long version) {
    }

    @Document("links")
    record Links(@Id String id, List<String> items, Instant first, Instant last) {
    }

    MongoServer server;
    MongoClient client;
    MongoTemplate mongo;
    ReadModelWrites writes;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, "test");
        writes = new ReadModelWrites(mongo);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    Case stored(String id) {
        return mongo.findById(id, Case.class);
    }

    @Test
    void withinABatchNothingIsSentUntilTheBatchCommitsThenAllOfItInOrder() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        writes.save(new Case("c-1", "FILED", 0, 0), 0);
        writes.applyOnce(Case.class, "c-1", 1, new Update().set("status", "REGISTERED"));
        writes.applyOnce(Case.class, "c-1", 2, new Update().inc("reviews", 1));

        assertThat(stored("c-1")).as("not yet sent").isNull();
        batch.commit();

        assertThat(stored("c-1")).isEqualTo(new Case("c-1", "REGISTERED", 1, 2));
    }

    @Test
    void anEventHandledAgainChangesNothingTheSecondTime() {
        writes.save(new Case("c-1", "FILED", 0, 0));
        writes.applyOnce(Case.class, "c-1", 1, new Update().inc("reviews", 1));

        UnitOfWork<?> again = DefaultUnitOfWork.startAndGet(null);
        writes.applyOnce(Case.class, "c-1", 1, new Update().inc("reviews", 1));
        writes.applyOnce(Case.class, "c-1", 2, new Update().inc("reviews", 1));
        writes.applyOnce(Case.class, "c-1", 2, new Update().inc("reviews", 1));
        again.commit();

        assertThat(stored("c-1").reviews()).isEqualTo(2);
        assertThat(stored("c-1").version()).isEqualTo(2);
    }

    @Test
    void anUpdateOfADocumentThatDoesNotExistIsLeftSoAndAnUpsertMakesIt() {
        writes.applyOnce(Case.class, "missing", 3, new Update().set("status", "REGISTERED"));
        writes.upsertOnce(Case.class, "new", 3, new Update().set("status", "OPEN").set("reviews", 0));

        assertThat(stored("missing")).isNull();
        assertThat(stored("new")).isEqualTo(new Case("new", "OPEN", 0, 3));
    }

    @Test
    void aReadInTheBatchSeesWhatTheBatchWrote() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        Case saved = new Case("c-1", "FILED", 0, 0);
        writes.save(saved);
        assertThat(writes.findById("c-1", Case.class)).as("answered as saved, not yet sent").isSameAs(saved);
        assertThat(stored("c-1")).isNull();

        writes.updateMulti(Query.query(Criteria.where("_id").in("c-1")), new Update().set("status", "CLOSED"), Case.class);
        assertThat(writes.findById("c-1", Case.class).status()).as("updated since: read after sending").isEqualTo("CLOSED");
        batch.commit();
    }

    @Test
    void aReadOfADocumentTheBatchHasNotWrittenLeavesTheGatheredWritesWhereTheyAre() {
        writes.save(new Case("c-2", "FILED", 0, 0), 0);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        writes.save(new Case("c-1", "FILED", 0, 0), 0);
        writes.upsertOnce(Case.class, "c-3", 1, new Update().set("status", "OPEN").set("reviews", 0));

        assertThat(writes.findById("c-2", Case.class).status()).isEqualTo("FILED");
        writes.applyOnce(Case.class, "c-2", 1, new Update().set("status", "REGISTERED"));
        assertThat(stored("c-1")).as("not sent by the reads of another document").isNull();
        assertThat(stored("c-3")).isNull();

        assertThat(writes.findById("c-3", Case.class)).as("read after sending: the batch wrote it")
                .isEqualTo(new Case("c-3", "OPEN", 0, 1));
        batch.commit();
        assertThat(stored("c-2")).isEqualTo(new Case("c-2", "REGISTERED", 0, 1));
    }

    @Test
    void anUpdateOfManyInTheBatchIsSentBeforeAnyReadOfItsCollection() {
        writes.save(new Case("c-1", "FILED", 0, 0), 0);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        writes.updateMulti(Query.query(Criteria.where("status").is("FILED")), new Update().set("status", "CLOSED"), Case.class);

        assertThat(writes.findById("c-1", Case.class).status()).isEqualTo("CLOSED");
        batch.commit();
    }

    @Test
    void anIdempotentUpsertHandledAgainOrOutOfOrderLeavesTheDocumentAsOnce() {
        Instant monday = Instant.parse("2026-11-23T09:00:00Z"), tuesday = Instant.parse("2026-11-24T09:00:00Z");
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        writes.upsertIdempotent(Links.class, "l-1", new Update().addToSet("items", "a").min("first", tuesday).max("last", tuesday));
        writes.upsertIdempotent(Links.class, "l-1", new Update().addToSet("items", "b").min("first", monday).max("last", monday));
        assertThat(mongo.findById("l-1", Links.class)).as("not yet sent").isNull();
        batch.commit();
        writes.upsertIdempotent(Links.class, "l-1", new Update().addToSet("items", "a").min("first", tuesday).max("last", tuesday));

        assertThat(mongo.findById("l-1", Links.class)).isEqualTo(new Links("l-1", List.of("a", "b"), monday, tuesday));
    }

    @Test
    void aBatchRolledBackSendsNothing() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        writes.save(new Case("c-1", "FILED", 0, 0));
        batch.rollback();

        assertThat(stored("c-1")).isNull();
    }
}
