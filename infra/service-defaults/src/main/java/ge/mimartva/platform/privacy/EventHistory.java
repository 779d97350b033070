package ge.mimartva.platform.privacy;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Verifies this service's event history: a SHA-256 hash chain over every stored event in order (ids, types,
 * revisions, payload and metadata bytes, exactly as stored), and a read of every event through the serializer.
 * Erasing a subject's key changes no stored byte, so the digest of a range is the same before and after.
 */
public class EventHistory {

    /** What a verification found: {@code unreadable} events could not be read at all (sealed fields never count). */
    public record Verification(long events, long upTo, String digest, long unreadable) {
    }

    /** The hash chain's value over {@code events} events. */
    public record Digest(long events, String sha256) {
    }

    private final JdbcTemplate jdbc;
    private final EventStorageEngine storage;

    public EventHistory(JdbcTemplate jdbc, EventStorageEngine storage) {
        this.jdbc = jdbc;
        this.storage = storage;
    }

    public long head() {
        Long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        return head == null ? 0 : head;
    }

    /** The hash chain over every event up to and including global index {@code upTo}, and a read of each. */
    public Verification verify(long upTo) {
        Digest digest = digest(upTo);
        return new Verification(digest.events(), upTo, digest.sha256(), unreadable(upTo));
    }

    /** The hash chain alone over every event up to and including global index {@code upTo}. */
    public Digest digest(long upTo) {
        MessageDigest chain = sha256();
        AtomicLong events = new AtomicLong();
        jdbc.query("SELECT globalindex, eventidentifier, aggregateidentifier, sequencenumber, payloadtype, "
                        + "payloadrevision, payload, metadata FROM domainevententry WHERE globalindex <= ? ORDER BY globalindex",
                rs -> {
                    chain.update(ByteBuffer.allocate(16).putLong(rs.getLong(1)).putLong(rs.getLong(4)).array());
                    for (int column : new int[]{2, 3, 5, 6}) {
                        String value = rs.getString(column);
                        chain.update((value == null ? "\0" : value).getBytes(StandardCharsets.UTF_8));
                    }
                    chain.update(rs.getBytes(7));
                    byte[] metadata = rs.getBytes(8);
                    if (metadata != null) {
                        chain.update(metadata);
                    }
                    events.incrementAndGet();
                }, upTo);
        return new Digest(events.get(), HexFormat.of().formatHex(chain.digest()));
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
