package ge.mimartva.platform.privacy;

import ge.mimartva.testsupport.NeedsTestStack;
import ge.mimartva.testsupport.TestStack;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event history is tamper-evident: each event is chained at append, the chain's head is signed outside the
 * database, and verification names the first event that differs, whatever was done to the rows.
 */
@NeedsTestStack
class EventHistoryTest {

    private static final String SCHEMA = "it_history_schema";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir Path checkpointDirectory;
    JdbcTemplate jdbc;
    HistoryCheckpoints checkpoints;
    EventHistory history;

    /** An event store's schema, migrated once: each test's store is a copy of it. */
    @BeforeAll
    static void anEventStoreSchema() {
        Flyway.configure().dataSource(new DriverManagerDataSource(TestStack.database(SCHEMA), "postgres", ""))
                .locations("classpath:db/migration/axon").load().migrate();
    }

    @BeforeEach
    void aFreshEventStore() {
        DriverManagerDataSource database = new DriverManagerDataSource(
                TestStack.copyOf(SCHEMA, "it_history_" + DATABASES.incrementAndGet()), "postgres", "");
        jdbc = new JdbcTemplate(database);
        checkpoints = new HistoryCheckpoints(jdbc, checkpointDirectory, "a-checkpoint-key-of-at-least-32-chars".getBytes(
                StandardCharsets.UTF_8), Duration.ofMinutes(1), 1000, Clock.systemUTC());
        JdbcEventStorageEngine storage = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(database))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer())
                .build();
        history = new EventHistory(jdbc, storage, checkpoints);
    }

    private long append(String aggregate, long sequence, String payload) {
        jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, "
                        + "payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, 'Referral', ?, ?, ?, '1', "
                        + "'java.lang.String', ?)", aggregate, sequence, UUID.randomUUID().toString(),
                "{}".getBytes(StandardCharsets.UTF_8), ("\"" + payload + "\"").getBytes(StandardCharsets.UTF_8),
                Instant.now().toString());
        return jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
    }

    private List<Long> tenEventsCheckpointedAfterTheFifth() {
        List<Long> indexes = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            indexes.add(append("r-" + (i % 3), i / 3, "event " + i));
            if (i == 4) {
                checkpoints.checkpointNow();
            }
        }
        return indexes;
    }

    private EventHistory.Verification verify() {
        return history.verify(history.head());
    }

    @Test
    void anUntouchedHistoryVerifiesAgainstItsSignedCheckpoint() {
        List<Long> indexes = tenEventsCheckpointedAfterTheFifth();
        EventHistory.Verification verification = verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.firstDifference()).isNull();
        assertThat(verification.events()).isEqualTo(10);
        assertThat(verification.checkpointsMatched()).isEqualTo(1);
        assertThat(verification.digest()).isEqualTo(java.util.HexFormat.of().formatHex(jdbc.queryForObject(
                "SELECT chain_hash FROM domainevententry WHERE globalindex = ?", byte[].class, indexes.get(9))));
    }

    @Test
    void oneChangedByteOfAPayloadIsLocated() {
        List<Long> indexes = tenEventsCheckpointedAfterTheFifth();
        jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?",
                "\"event 7\"".replace('7', '8').getBytes(StandardCharsets.UTF_8), indexes.get(7));
        assertThat(verify().firstDifference()).isEqualTo(new EventHistory.Difference(8, indexes.get(7),
                "the event differs from what was stored: a column was changed, or the event was moved"));
    }

    @Test
    void aChangedTimestampIsLocated() {
        List<Long> indexes = tenEventsCheckpointedAfterTheFifth();
        jdbc.update("UPDATE domainevententry SET timestamp = ? WHERE globalindex = ?", "2020-01-01T00:00:00Z", indexes.get(2));
        assertThat(verify().firstDifference().globalIndex()).isEqualTo(indexes.get(2));
        assertThat(verify().intact()).isFalse();
    }

    @Test
    void aDeletedEventIsLocated() {
        List<Long> indexes = tenEventsCheckpointedAfterTheFifth();
        jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", indexes.get(6));
        assertThat(verify().firstDifference()).isEqualTo(new EventHistory.Difference(7, indexes.get(7),
                "the event at this chain position was deleted"));
    }

    @Test
    void deletedLastEventsAreFound() {
        List<Long> indexes = tenEventsCheckpointedAfterTheFifth();
        jdbc.update("DELETE FROM domainevententry WHERE globalindex >= ?", indexes.get(8));
        assertThat(verify().firstDifference()).isEqualTo(new EventHistory.Difference(9, null,
                "the events from this chain position on were deleted"));
    }

    @Test
    void twoReorderedEventsAreLocated() {
        List<Long> indexes = tenEventsCheckpointedAfterTheFifth();
        long third = indexes.get(3);
        long fourth = indexes.get(4);
        jdbc.update("UPDATE domainevententry SET globalindex = -1 WHERE globalindex = ?", third);
        jdbc.update("UPDATE domainevententry SET globalindex = ? WHERE globalindex = ?", third, fourth);
        jdbc.update("UPDATE domainevententry SET globalindex = ? WHERE globalindex = -1", fourth);
        EventHistory.Difference difference = verify().firstDifference();
        assertThat(difference.chainPosition()).isEqualTo(4);
        assertThat(difference.globalIndex()).isEqualTo(fourth);
    }

    /** Whoever can write to the database can compute a new chain; not a new signed checkpoint. */
    @Test
    void aHistoryRewrittenWithANewChainDiffersFromTheSignedCheckpoint() {
        List<Long> indexes = tenEventsCheckpointedAfterTheFifth();
        jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?",
                "\"rewritten\"".getBytes(StandardCharsets.UTF_8), indexes.get(1));
        jdbc.execute("""
                DO $$
                DECLARE e domainevententry; previous BYTEA := decode(repeat('00', 32), 'hex');
                BEGIN
                    FOR e IN SELECT * FROM domainevententry ORDER BY chain_seq LOOP
                        previous := mimartva_chain_link(e.chain_seq, previous, e);
                        UPDATE domainevententry SET chain_hash = previous WHERE globalindex = e.globalindex;
                    END LOOP;
                    UPDATE event_chain_head SET hash = previous;
                END $$""");
        EventHistory.Difference difference = verify().firstDifference();
        assertThat(difference.chainPosition()).isEqualTo(5);
        assertThat(difference.problem()).contains("differs from the checkpoint signed at")
                .endsWith("it was rewritten after chain position 0");
    }

    @Test
    void anAlteredCheckpointFileIsFound() throws Exception {
        tenEventsCheckpointedAfterTheFifth();
        Path file = Files.list(checkpointDirectory).findFirst().orElseThrow();
        String line = Files.readString(file);
        Files.writeString(file, line.replaceFirst("^5 ", "6 "));
        assertThat(verify().firstDifference().problem()).contains("signature does not verify");
    }

    @Test
    void anEventStoredPastTheChainIsFound() {
        tenEventsCheckpointedAfterTheFifth();
        jdbc.execute("ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_chain");
        long smuggled = append("r-9", 0, "smuggled");
        assertThat(verify().firstDifference()).isEqualTo(new EventHistory.Difference(11, smuggled,
                "an event was stored outside the chain"));
    }

    /** Appends from many transactions at once still make one chain. */
    @Test
    void concurrentAppendsMakeOneUnbrokenChain() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> appends = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String aggregate = "r-" + t;
                appends.add(threads.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        append(aggregate, i, "event " + i);
                    }
                }));
            }
            for (Future<?> append : appends) {
                append.get();
            }
        } finally {
            threads.shutdownNow();
        }
        checkpoints.checkpointNow();
        EventHistory.Verification verification = verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.events()).isEqualTo(200);
        assertThat(verification.checkpointsMatched()).isEqualTo(1);
    }
}
