package ge.mimartva.notification;

import ge.mimartva.notification.api.NotificationStatus;
import ge.mimartva.notification.matrix.NotificationMatrix;
import ge.mimartva.notification.matrix.NotificationRule;
import ge.mimartva.notification.query.InboxDocument;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * notification-service's own metrics, every series from the start: notifications not yet acknowledged by matrix row
 * ({@code mimartva.notifications.unacknowledged}), how long the oldest of them has waited
 * ({@code mimartva.notifications.unacknowledged.oldest.seconds}) and how many are past their acknowledgement clock
 * ({@code mimartva.notifications.late}); escalations ({@code mimartva.notifications.escalated}); deliveries waiting and
 * parked for an operator ({@code mimartva.deliveries}). The figures from the read model and the outbox are refreshed
 * every 30 seconds (reading only the three fields they need), not at every scrape.
 */
@Component
public class NotificationMetrics {

    private record Outstanding(long count, double oldestSeconds, long late) {
    }

    private final MongoTemplate mongo;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Counter escalated;
    private final Map<String, Outstanding> outstandingByRule = new ConcurrentHashMap<>();
    private final Map<String, Long> deliveries = new ConcurrentHashMap<>();

    public NotificationMetrics(MeterRegistry meters, NotificationMatrix matrix, MongoTemplate mongo, JdbcTemplate jdbc,
                               Clock clock) {
        this.mongo = mongo;
        this.jdbc = jdbc;
        this.clock = clock;
        this.escalated = Counter.builder("mimartva.notifications.escalated")
                .description("Notifications left unacknowledged past their clock, escalated").register(meters);
        for (String rule : matrix.rules().stream().map(NotificationRule::id).distinct().toList()) {
            outstandingByRule.put(rule, new Outstanding(0, 0, 0));
            Gauge.builder("mimartva.notifications.unacknowledged", () -> outstandingByRule.get(rule).count())
                    .tag("rule", rule).description("Notifications issued and not yet acknowledged").register(meters);
            Gauge.builder("mimartva.notifications.unacknowledged.oldest.seconds",
                            () -> outstandingByRule.get(rule).oldestSeconds())
                    .tag("rule", rule).description("How long the oldest unacknowledged notification has waited")
                    .register(meters);
            Gauge.builder("mimartva.notifications.late", () -> outstandingByRule.get(rule).late())
                    .tag("rule", rule).description("Notifications unacknowledged past their acknowledgement clock")
                    .register(meters);
        }
        for (String state : List.of("PENDING", "PARKED")) {
            deliveries.put(state, 0L);
            Gauge.builder("mimartva.deliveries", () -> deliveries.get(state)).tag("state", state.toLowerCase())
                    .description("E-mail and webhook deliveries waiting to be sent, or parked for an operator")
                    .register(meters);
        }
    }

    public void escalated() {
        escalated.increment();
    }

    @Scheduled(fixedDelayString = "${mimartva.metrics.refresh-interval:30000}")
    public void refresh() {
        Instant now = clock.instant();
        Map<String, Outstanding> counted = new ConcurrentHashMap<>();
        outstandingByRule.keySet().forEach(rule -> counted.put(rule, new Outstanding(0, 0, 0)));
        Query unacknowledged = Query.query(Criteria.where("status").ne(NotificationStatus.ACKNOWLEDGED.name()));
        unacknowledged.fields().include("ruleId", "issuedAt", "acknowledgeBy");
        for (Document n : mongo.find(unacknowledged, Document.class, InboxDocument.COLLECTION)) {
            String rule = n.getString("ruleId");
            Date issuedAt = n.getDate("issuedAt");
            Date acknowledgeBy = n.getDate("acknowledgeBy");
            Outstanding o = counted.getOrDefault(rule, new Outstanding(0, 0, 0));
            double waited = issuedAt == null ? 0 : Duration.between(issuedAt.toInstant(), now).toMillis() / 1000.0;
            boolean late = acknowledgeBy != null && acknowledgeBy.toInstant().isBefore(now);
            counted.put(rule, new Outstanding(o.count() + 1, Math.max(o.oldestSeconds(), waited), o.late() + (late ? 1 : 0)));
        }
        outstandingByRule.putAll(counted);
        deliveries.replaceAll((state, n) -> jdbc.queryForObject(
                "SELECT count(*) FROM delivery_jobs WHERE status = ?", Long.class, state));
    }
}
