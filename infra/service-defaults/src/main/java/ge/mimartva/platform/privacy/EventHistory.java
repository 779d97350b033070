package ge.mimartva.platform.privacy;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Verifies this service's event history against its hash chain: every stored event is checked, in the chain's order,
 * against the hash stored with it at append (over the previous event's hash and all of its own columns, each with its
 * length: see the migration {@code V1_6__event_chain.sql}), and the chain against the checkpoints signed outside the
 * database ({@link HistoryCheckpoints}). The first event that differs is named: changed, deleted, moved, stored
 * outside the chain, or rewritten together with the chain after the last checkpoint that matches. Every event is also
 * read through the serializer. Erasing a subject's key changes no stored byte, so the history verifies as before.
 */
public class EventHistory {

    /** Where the history first differs from what was stored and signed: its place in the chain, and why. */
    public record Difference(long chainPosition, Long globalIndex, String problem) {
    }

    /**
     * What a verification found, over the events stored up to global index {@code upTo}: {@code digest} is the chain's
     * hash at the last of them; {@code unreadable} events could not be read at all (sealed fields never count);
     * {@code checkpointsMatched} signed checkpoints agreed with the chain.
     */
    public record Verification(long events, long upTo, String digest, long unreadable, boolean intact,
                               Difference firstDifference, int checkpointsMatched) {
    }

    /** The chain's hash over {@code events} events. */
    public record Digest(long events, String sha256) {
    }

    private static final byte[] GENESIS = new byte[32];

    private final JdbcTemplate jdbc;
    private final EventStorageEngine storage;
    private final HistoryCheckpoints checkpoints;

    public EventHistory(JdbcTemplate jdbc, EventStorageEngine storage, HistoryCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.checkpoints = checkpoints;
    }

    public long head() {
        Long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        return head == null ? 0 : head;
    }

    /** The chain and the checkpoints checked over every event up to global index {@code upTo}, and a read of each. */
    public Verification verify(long upTo) {
        Walk walk = walk(upTo);
        return new Verification(walk.events, upTo, walk.digest(), unreadable(upTo), walk.difference == null,
                walk.difference, walk.checkpointsMatched);
    }

    /** The chain's hash at the last event stored up to global index {@code upTo}. */
    public Digest digest(long upTo) {
        Walk walk = walk(upTo);
        return new Digest(walk.events, walk.digest());
    }

    private final class Walk {
        long events;
        byte[] last = GENESIS;
        Difference difference;
        int checkpointsMatched;

        String digest() {
            return HexFormat.of().formatHex(last);
        }
    }

    private Walk walk(long upTo) {
        UUID historyId = checkpoints.historyId();
        Map<Long, HistoryCheckpoints.Checkpoint> signedAt = new HashMap<>();
        Walk walk = new Walk();
        for (HistoryCheckpoints.Checkpoint checkpoint : checkpoints.read(historyId)) {
            if (!checkpoint.signed()) {
                walk.difference = new Difference(checkpoint.chainPosition(), checkpoint.globalIndex(),
                        "a checkpoint's signature does not verify: the checkpoint file was altered");
                return walk;
            }
            signedAt.put(checkpoint.chainPosition(), checkpoint);
        }
        Long limit = jdbc.queryForObject("SELECT max(chain_seq) FROM domainevententry WHERE globalindex <= ?", Long.class, upTo);
        long lastPosition = limit == null ? 0 : limit;
        jdbc.query("SELECT chain_seq, chain_hash, globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, "
                        + "metadata, payload, payloadrevision, payloadtype, timestamp FROM domainevententry "
                        + "WHERE chain_seq <= ? OR (chain_seq IS NULL AND globalindex <= ?) ORDER BY chain_seq NULLS LAST",
                rs -> {
                    if (walk.difference == null) {
                        check(rs, walk, signedAt);
                    }
                }, lastPosition, upTo);
        if (walk.difference == null && upTo >= head()) {
            long chained = jdbc.queryForObject("SELECT seq FROM event_chain_head", Long.class);
            long signedBeyond = signedAt.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            if (Math.max(chained, signedBeyond) > walk.events) {
                walk.difference = new Difference(walk.events + 1, null,
                        "the events from this chain position on were deleted");
            }
        }
        return walk;
    }

    private void check(ResultSet rs, Walk walk, Map<Long, HistoryCheckpoints.Checkpoint> signedAt) throws SQLException {
        long expected = walk.events + 1;
        long globalIndex = rs.getLong(3);
        long position = rs.getLong(1);
        if (rs.wasNull()) {
            walk.difference = new Difference(expected, globalIndex, "an event was stored outside the chain");
            return;
        }
        if (position != expected) {
            walk.difference = new Difference(expected, globalIndex, "the event at this chain position was deleted");
            return;
        }
        byte[] stored = rs.getBytes(2);
        if (!MessageDigest.isEqual(link(position, walk.last, rs), stored)) {
            walk.difference = new Difference(position, globalIndex,
                    "the event differs from what was stored: a column was changed, or the event was moved");
            return;
        }
        HistoryCheckpoints.Checkpoint checkpoint = signedAt.get(position);
        if (checkpoint != null) {
            if (!checkpoint.hash().equals(HexFormat.of().formatHex(stored))) {
                walk.difference = new Difference(position, globalIndex, "the history up to this event differs from the "
                        + "checkpoint signed at " + checkpoint.signedAt() + ": it was rewritten after chain position "
                        + lastMatched(signedAt, position));
                return;
            }
            walk.checkpointsMatched++;
        }
        walk.last = stored;
        walk.events = position;
    }

    private static long lastMatched(Map<Long, HistoryCheckpoints.Checkpoint> signedAt, long before) {
        return signedAt.keySet().stream().mapToLong(Long::longValue).filter(p -> p < before).max().orElse(0);
    }

    /** The chain's link of one row, byte for byte as {@code mimartva_chain_link} makes it at append. */
    private static byte[] link(long position, byte[] previous, ResultSet rs) throws SQLException {
        MessageDigest sha = sha256();
        sha.update(previous);
        sha.update(ByteBuffer.allocate(16).putLong(position).putLong(rs.getLong(3)).array());
        field(sha, text(rs.getString(4)));
        sha.update(ByteBuffer.allocate(8).putLong(rs.getLong(5)).array());
        for (byte[] value : List.of(text(rs.getString(6)), text(rs.getString(7)), nullable(rs.getBytes(8)),
                nullable(rs.getBytes(9)), text(rs.getString(10)), text(rs.getString(11)), text(rs.getString(12)))) {
            field(sha, value);
        }
        return sha.digest();
    }

    private static final byte[] NULL = new byte[0];

    private static byte[] text(String value) {
        return value == null ? NULL : value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] nullable(byte[] value) {
        return value == null ? NULL : value;
    }

    private static void field(MessageDigest sha, byte[] value) {
        sha.update(ByteBuffer.allocate(4).putInt(value == NULL ? -1 : value.length).array());
        if (value != NULL) {
            sha.update(value);
        }
    }

    private long unreadable(long upTo) {
        AtomicLong unreadable = new AtomicLong();
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(null, false)) {
            stream.takeWhile(e -> e.trackingToken().position().orElse(Long.MAX_VALUE) <= upTo).forEach(e -> {
                try {
                    e.getPayload();
                    e.getMetaData();
                } catch (RuntimeException failed) {
                    unreadable.incrementAndGet();
                }
            });
        }
        return unreadable.get();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
