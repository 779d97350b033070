package ge.mimartva.notification.delivery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The durable outbox of external deliveries, in notification-service's PostgreSQL. */
@Component
public class DeliveryJobs {

    private static final RowMapper<DeliveryJob> ROW = (rs, i) -> new DeliveryJob(rs.getString("job_id"),
            rs.getLong("position"), rs.getString("notification_id"), rs.getString("referral_id"),
            rs.getString("recipient_body"), rs.getString("channel"), rs.getString("endpoint"), rs.getString("payload"),
            DeliveryJob.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
            rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_failure"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("delivered_at") == null ? null : rs.getTimestamp("delivered_at").toInstant());

    private final JdbcTemplate jdbc;

    public DeliveryJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a job once: adding the same job again (an event handled twice) changes nothing. */
    public void add(String jobId, String notificationId, String referralId, String recipientBody, String channel,
                    String endpoint, String payload, Instant now) {
        jdbc.update("""
                insert into delivery_jobs (job_id, notification_id, referral_id, recipient_body, channel, endpoint,
                                           payload, status, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) on conflict (job_id) do nothing""",
                jobId, notificationId, referralId, recipientBody, channel, endpoint, payload, ts(now), ts(now));
    }

    /**
     * Takes a due job for one attempt, against every other instance of the service: its next attempt moves to
     * {@code leaseUntil}, and only the instance whose update found it still due has it. An attempt ends by recording
     * its outcome; an instance that dies in the middle leaves the job to be attempted again after the lease.
     */
    public boolean claim(String jobId, Instant now, Instant leaseUntil) {
        return jdbc.update("""
                update delivery_jobs set next_attempt_at = ?
                where job_id = ? and status = 'PENDING' and next_attempt_at <= ?""", ts(leaseUntil), jobId, ts(now)) == 1;
    }

    /** The oldest pending job of each endpoint: what is sent next there, keeping each endpoint's order. */
    public List<DeliveryJob> headsOfLine() {
        return jdbc.query("""
                select distinct on (endpoint) * from delivery_jobs where status = 'PENDING'
                order by endpoint, position""", ROW);
    }

    public void delivered(String jobId, Instant at) {
        jdbc.update("update delivery_jobs set status = 'DELIVERED', delivered_at = ?, attempts = attempts + 1 where job_id = ?",
                ts(at), jobId);
    }

    public void failed(String jobId, Instant nextAttemptAt, String failure) {
        jdbc.update("update delivery_jobs set attempts = attempts + 1, next_attempt_at = ?, last_failure = ? where job_id = ?",
                ts(nextAttemptAt), failure, jobId);
    }

    /** Not attempted (the endpoint's circuit is open): tried again later, without counting an attempt. */
    public void postponed(String jobId, Instant nextAttemptAt) {
        jdbc.update("update delivery_jobs set next_attempt_at = ? where job_id = ?", ts(nextAttemptAt), jobId);
    }

    public void parked(String jobId, String failure) {
        jdbc.update("update delivery_jobs set status = 'PARKED', last_failure = ? where job_id = ?", failure, jobId);
    }

    /** An operator sends a parked job again: it rejoins its endpoint's line. */
    public boolean redeliver(String jobId, Instant now) {
        return jdbc.update("""
                update delivery_jobs set status = 'PENDING', attempts = 0, next_attempt_at = ?, created_at = ?
                where job_id = ? and status = 'PARKED'""", ts(now), ts(now), jobId) == 1;
    }

    /** Drops the jobs not yet sent whose ids start with {@code prefix} (a removed subscription's). */
    public int cancelPending(String prefix) {
        return jdbc.update("delete from delivery_jobs where status <> 'DELIVERED' and job_id like ?",
                prefix.replace("%", "\\%").replace("_", "\\_") + "%");
    }

    public List<DeliveryJob> withStatus(DeliveryJob.Status status, int limit) {
        return jdbc.query("select * from delivery_jobs where status = ? order by position limit ?", ROW, status.name(), limit);
    }

    public Optional<DeliveryJob> find(String jobId) {
        return jdbc.query("select * from delivery_jobs where job_id = ?", ROW, jobId).stream().findFirst();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
