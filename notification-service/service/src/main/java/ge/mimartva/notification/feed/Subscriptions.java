package ge.mimartva.notification.feed;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Integrators' webhook subscriptions to the feed. */
@Component
public class Subscriptions {

    /** A subscription; {@code secret} signs its deliveries and is shown to the integrator only when created. */
    public record Subscription(String subscriptionId, String integratorBody, String url, Set<String> eventTypes,
                               String secret, Instant createdAt) {
    }

    private static final RowMapper<Subscription> ROW = (rs, i) -> new Subscription(rs.getString("subscription_id"),
            rs.getString("integrator_body"), rs.getString("url"),
            Set.copyOf(Arrays.asList(rs.getString("event_types").split(","))), rs.getString("secret"),
            rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    public Subscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Subscription s) {
        jdbc.update("""
                insert into integration_subscriptions (subscription_id, integrator_body, url, event_types, secret, created_at)
                values (?, ?, ?, ?, ?, ?)""", s.subscriptionId(), s.integratorBody(), s.url(),
                String.join(",", s.eventTypes()), s.secret(), Timestamp.from(s.createdAt()));
    }

    public List<Subscription> of(String integratorBody) {
        return jdbc.query("select * from integration_subscriptions where integrator_body = ? order by created_at", ROW,
                integratorBody);
    }

    public List<Subscription> all() {
        return jdbc.query("select * from integration_subscriptions", ROW);
    }

    public Optional<Subscription> find(String subscriptionId) {
        return jdbc.query("select * from integration_subscriptions where subscription_id = ?", ROW, subscriptionId)
                .stream().findFirst();
    }

    public boolean remove(String subscriptionId, String integratorBody) {
        return jdbc.update("delete from integration_subscriptions where subscription_id = ? and integrator_body = ?",
                subscriptionId, integratorBody) == 1;
    }
}
