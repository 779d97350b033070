package ge.mimartva.platform.processing;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * The instances of a service that process its events, as its database sees them: each says it is alive at every
 * round of the {@link SegmentBalancer}; one not seen for {@code expiry} is gone (killed, or shut down) and is
 * forgotten. The instance's id is the one Axon's token store writes as a segment's owner.
 */
public class ProcessingInstances {

    private final JdbcTemplate jdbc;
    private final String self;
    private final Duration expiry;
    private final Clock clock;

    public ProcessingInstances(JdbcTemplate jdbc, String self, Duration expiry, Clock clock) {
        this.jdbc = jdbc;
        this.self = self;
        this.expiry = expiry;
        this.clock = clock;
    }

    /** Says this instance is alive, forgets the gone ones, and answers how many are alive (this one among them). */
    public int aliveCount() {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into processing_instance (instance_id, seen_at) values (?, ?)
                on conflict (instance_id) do update set seen_at = excluded.seen_at""", self, now);
        jdbc.update("delete from processing_instance where seen_at < ?", Timestamp.from(clock.instant().minus(expiry)));
        Integer alive = jdbc.queryForObject("select count(*) from processing_instance", Integer.class);
        return alive == null ? 1 : Math.max(1, alive);
    }

    /** This instance leaves: the others take its share at their next round instead of after the expiry. */
    public void leave() {
        jdbc.update("delete from processing_instance where instance_id = ?", self);
    }
}
