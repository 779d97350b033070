package ge.mimartva.platform.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Signed checkpoints of the event history's hash chain, kept outside the database: every {@code everyEvents} events,
 * or every {@code interval} while events arrive, the chain's head (its position, the global index of its event and
 * its hash) is signed with a key the database does not hold (HMAC-SHA256) and appended to
 * {@code <directory>/<history id>.checkpoints}, one line each, forced to disk. Whoever rewrites the database and
 * computes a new chain cannot sign a matching checkpoint; the operator ships the directory to write-once storage.
 */
public class HistoryCheckpoints implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(HistoryCheckpoints.class);

    /** One checkpoint as read back: {@code signed} is whether its signature verifies with this service's key. */
    public record Checkpoint(long chainPosition, long globalIndex, String hash, Instant signedAt, boolean signed) {
    }

    private final JdbcTemplate jdbc;
    private final Path directory;
    private final byte[] key;
    private final Duration interval;
    private final long everyEvents;
    private final Clock clock;
    private volatile ScheduledExecutorService scheduler;
    private volatile long lastPosition = -1;
    private volatile Instant lastAt = Instant.EPOCH;
    private volatile String lastFailure;

    public HistoryCheckpoints(JdbcTemplate jdbc, Path directory, byte[] key, Duration interval, long everyEvents,
                              Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.key = key.clone();
        this.interval = interval;
        this.everyEvents = everyEvents;
        this.clock = clock;
    }

    /** Signs the head when enough events or time have passed since the last checkpoint. */
    public void checkpointIfDue() {
        try {
            Head head = head();
            if (lastPosition < 0) {
                lastPosition = read(head.historyId()).stream().mapToLong(Checkpoint::chainPosition).max().orElse(0);
            }
            boolean due = head.position() - lastPosition >= everyEvents
                    || (head.position() > lastPosition && !clock.instant().isBefore(lastAt.plus(interval)));
            if (due) {
                write(head);
            }
            lastFailure = null;
        } catch (RuntimeException e) {
            lastFailure = e.getClass().getSimpleName();
            log.error("The event history's checkpoint could not be written to {}", directory, e);
        }
    }

    /** Signs the head now (when it moved since the last checkpoint). */
    public void checkpointNow() {
        Head head = head();
        if (head.position() > Math.max(lastPosition, 0)) {
            write(head);
        }
    }

    /** Every checkpoint of this database's history, in the order they were written. */
    public List<Checkpoint> read(UUID historyId) {
        Path file = fileOf(historyId);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Checkpoint> checkpoints = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String[] f = line.split(" ");
                if (f.length != 5) {
                    checkpoints.add(new Checkpoint(-1, -1, "", Instant.EPOCH, false));
                    continue;
                }
                long position = Long.parseLong(f[0]);
                long globalIndex = Long.parseLong(f[1]);
                Instant at = Instant.parse(f[3]);
                boolean signed = MessageDigest.isEqual(sign(historyId, position, globalIndex, f[2], at).getBytes(
                        StandardCharsets.US_ASCII), f[4].getBytes(StandardCharsets.US_ASCII));
                checkpoints.add(new Checkpoint(position, globalIndex, f[2], at, signed));
            }
            return checkpoints;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException malformed) {
            return List.of(new Checkpoint(-1, -1, "", Instant.EPOCH, false));
        }
    }

    /** This database's history id (checkpoints of another database are never compared with it). */
    public UUID historyId() {
        return head().historyId();
    }

    private record Head(UUID historyId, long position, long globalIndex, String hash) {
    }

    private Head head() {
        return jdbc.queryForObject("SELECT h.history_id, h.seq, coalesce(e.globalindex, 0), h.hash FROM event_chain_head h "
                        + "LEFT JOIN domainevententry e ON e.chain_seq = h.seq",
                (rs, row) -> new Head(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3),
                        HexFormat.of().formatHex(rs.getBytes(4))));
    }

    private synchronized void write(Head head) {
        Instant at = clock.instant();
        String line = head.position() + " " + head.globalIndex() + " " + head.hash() + " " + at + " "
                + sign(head.historyId(), head.position(), head.globalIndex(), head.hash(), at) + "\n";
        try {
            Files.createDirectories(directory);
            try (FileChannel out = FileChannel.open(fileOf(head.historyId()), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                out.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastPosition = head.position();
        lastAt = at;
    }

    private Path fileOf(UUID historyId) {
        return directory.resolve(historyId + ".checkpoints");
    }

    private String sign(UUID historyId, long position, long globalIndex, String hash, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("mimartva-history-checkpoint|" + historyId + "|" + position + "|"
                    + globalIndex + "|" + hash + "|" + at).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public Health health() {
        Health.Builder health = lastFailure == null ? Health.up() : Health.down().withDetail("lastFailure", lastFailure);
        return health.withDetail("directory", directory.toString()).withDetail("lastChainPosition", lastPosition).build();
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "history-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::checkpointIfDue, 5, 5, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdownNow();
            try {
                checkpointNow();
            } catch (RuntimeException e) {
                log.warn("No final checkpoint of the event history at shutdown ({})", e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
