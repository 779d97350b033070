package ge.mimartva.notification.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ge.mimartva.messaging.ReceivedIntegrationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Set;

/**
 * The integrators' feed, in notification-service's PostgreSQL: every integration event once, in the order it was
 * received. The children's pseudonymous subject ids (and the protection record ids, which are the same) are
 * removed before anything is stored: they link a child's events inside the platform and have no business outside it.
 */
@Component
public class IntegrationFeed {

    static final Set<String> WITHHELD_FIELDS = Set.of("childSubjectId", "recordId");

    private static final RowMapper<FeedEntry> ROW = (rs, i) -> new FeedEntry(rs.getLong("position"),
            rs.getString("event_id"), rs.getString("source"), rs.getString("type"), rs.getInt("version"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("correlation_id"), rs.getString("payload"));

    private final JdbcTemplate jdbc;

    public IntegrationFeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event once (a redelivery changes nothing) and answers it as recorded. */
    public FeedEntry record(ReceivedIntegrationEvent event) {
        JsonNode payload = event.payload().deepCopy();
        if (payload instanceof ObjectNode object) {
            WITHHELD_FIELDS.forEach(object::remove);
        }
        jdbc.update("""
                insert into integration_feed (event_id, source, type, version, occurred_at, correlation_id, payload)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
                event.eventId(), event.source(), event.type(), event.version(), Timestamp.from(event.occurredAt()),
                event.context().correlationId(), payload.toString());
        return jdbc.queryForObject("select * from integration_feed where event_id = ?", ROW, event.eventId());
    }

    /** Up to {@code limit} events after {@code after} of the given types, oldest first. */
    public List<FeedEntry> after(long after, int limit, Set<String> qualifiedTypes) {
        if (qualifiedTypes.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select * from integration_feed where position > ? and (source || '.' || type) = any (?)
                order by position limit ?""", ROW, after, qualifiedTypes.toArray(String[]::new), limit);
    }
}
