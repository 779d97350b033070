package ge.mimartva.notification.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ge.mimartva.messaging.ReceivedIntegrationEvent;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The integrators' feed, in notification-service's PostgreSQL: every integration event once, in the order it was
 * received. The children's pseudonymous subject ids (and the protection record ids, which are the same) are
 * removed before anything is stored: they link a child's events inside the platform and have no business outside it.
 */
@Component
public class IntegrationFeed {

    /** Fields never passed to integrators, wherever they are in an event (pseudonyms and record keys of people). */
    static final Set<String> WITHHELD_FIELDS = Set.of("childSubjectId", "victimSubjectId", "subjectId", "recordId",
            "personalNumber", "firstName", "lastName", "dateOfBirth");

    private static final RowMapper<FeedEntry> ROW = (rs, i) -> new FeedEntry(rs.getLong("position"),
            rs.getString("event_id"), rs.getString("source"), rs.getString("type"), rs.getInt("version"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("correlation_id"), rs.getString("payload"));

    private final JdbcTemplate jdbc;

    public IntegrationFeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event once (a redelivery changes nothing) and answers it as recorded. */
    public FeedEntry record(ReceivedIntegrationEvent event) {
        JsonNode payload = withheld(event.payload().deepCopy());
        if (event.is(ReferralContract.SOURCE, ReferralFiledV1.class) && payload.hasNonNull("reportingBodyType")
                && event.context().correlationId() != null) {
            jdbc.update("insert into integration_feed_referrals (correlation_id, reporting_body_type) values (?, ?) "
                    + "on conflict do nothing", event.context().correlationId(), payload.get("reportingBodyType").asText());
        }
        jdbc.update("""
                insert into integration_feed (event_id, source, type, version, occurred_at, correlation_id, payload)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
                event.eventId(), event.source(), event.type(), event.version(), Timestamp.from(event.occurredAt()),
                event.context().correlationId(), payload.toString());
        return jdbc.queryForObject("select * from integration_feed where event_id = ?", ROW, event.eventId());
    }

    /**
     * Up to {@code limit} events after {@code after} that {@code grants} cover, oldest first: each grant is its event
     * type, and, when it names kinds of body, only of the referrals a body of those kinds filed.
     */
    public List<FeedEntry> after(long after, int limit, List<IntegratorAccess.Grant> grants) {
        if (grants.isEmpty()) {
            return List.of();
        }
        StringBuilder covered = new StringBuilder();
        List<Object> arguments = new ArrayList<>(List.of(after));
        for (IntegratorAccess.Grant grant : grants) {
            covered.append(covered.isEmpty() ? "" : " or ").append("(e.source || '.' || e.type = ?");
            arguments.add(grant.eventType());
            if (!grant.reportingBodyTypes().isEmpty()) {
                covered.append(" and r.reporting_body_type = any (?)");
                arguments.add(grant.reportingBodyTypes().toArray(String[]::new));
            }
            covered.append(")");
        }
        arguments.add(limit);
        return jdbc.query("select e.* from integration_feed e left join integration_feed_referrals r "
                + "on r.correlation_id = e.correlation_id where e.position > ? and (" + covered + ") "
                + "order by e.position limit ?", ROW, arguments.toArray());
    }

    /** The kind of body that filed the referral of {@code correlationId}, once its filing is in the feed. */
    public Optional<String> filedBy(String correlationId) {
        return jdbc.queryForList("select reporting_body_type from integration_feed_referrals where correlation_id = ?",
                String.class, correlationId).stream().findFirst();
    }

    /** The payload without the withheld fields, at every depth. */
    static JsonNode withheld(JsonNode node) {
        if (node instanceof ObjectNode object) {
            WITHHELD_FIELDS.forEach(object::remove);
            object.elements().forEachRemaining(IntegrationFeed::withheld);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(IntegrationFeed::withheld);
        }
        return node;
    }
}
