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

import static org.assertj.core.api.Assertions.assertThat;

/** A projection's writes against a MongoDB-protocol server: gathered per batch, sent in order, each event once. */
class ReadModelWritesTest {

    @Document("cases")
    record Case(@Id String id, String status, int reviews, long version) {
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
    void aBatchRolledBackSendsNothing() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        writes.save(new Case("c-1", "FILED", 0, 0));
        batch.rollback();

        assertThat(stored("c-1")).isNull();
    }
}
