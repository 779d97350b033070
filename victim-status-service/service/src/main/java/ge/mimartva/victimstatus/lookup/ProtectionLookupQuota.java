package ge.mimartva.victimstatus.lookup;

import ge.mimartva.reference.GeorgianTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Each user's protection lookups per day (Georgian time), counted in the service's database so that every instance
 * and every restart counts the same: a lookup beyond {@code mimartva.lookup.daily-quota} is refused, and the first one
 * beyond it alerts the auditors. Someone who looks up children by the dozen is searching, not safeguarding.
 */
@Component
public class ProtectionLookupQuota {

    /** A lookup counted: the how-many-th of the user's day, and whether it is within the quota. */
    public record Count(int lookupsToday, int quota, Duration renewsIn) {

        public boolean within() {
            return lookupsToday <= quota;
        }

        /** Whether this is the first lookup beyond the quota today (the one that alerts the auditors). */
        public boolean firstBeyond() {
            return lookupsToday == quota + 1;
        }
    }

    private final JdbcTemplate jdbc;
    private final int quota;
    private final Clock clock;

    public ProtectionLookupQuota(JdbcTemplate jdbc, @Value("${mimartva.lookup.daily-quota:20}") int quota, Clock clock) {
        this.jdbc = jdbc;
        this.quota = quota;
        this.clock = clock;
    }

    /** Counts one more lookup of {@code actorId} today. */
    public Count count(String actorId) {
        LocalDate today = GeorgianTime.today(clock);
        Integer lookups = jdbc.queryForObject("INSERT INTO protection_lookup_count (actor_id, day, lookups) VALUES (?, ?, 1) "
                + "ON CONFLICT (actor_id, day) DO UPDATE SET lookups = protection_lookup_count.lookups + 1 RETURNING lookups",
                Integer.class, actorId, today);
        return new Count(lookups == null ? 1 : lookups, quota,
                Duration.between(clock.instant(), GeorgianTime.endOf(today)));
    }
}
