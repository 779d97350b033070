package ge.mimartva.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the services recorded, read from their own event stores: when each referral was filed (referral-service) and
 * when each notification about it was issued (notification-service), by the stores' own timestamps.
 */
final class EventStores {

    private static final String REFERRAL_FILED = "ge.mimartva.referral.command.ReferralFiled";
    private static final String NOTIFICATION_ISSUED = "ge.mimartva.notification.command.NotificationIssued";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> DATABASES = List.of("referral", "notification", "victim_status");

    private final Stack stack;

    EventStores(Stack stack) {
        this.stack = stack;
    }

    /** When each of these referrals was filed, as referral-service stored it. */
    Map<String, Instant> filedAt(Collection<String> referralIds) {
        Map<String, Instant> filed = new HashMap<>();
        query("referral", "select aggregateidentifier, timestamp from domainevententry where payloadtype = ? "
                + "and aggregateidentifier = any (?)", referralIds, REFERRAL_FILED,
                rs -> filed.put(rs.getString(1), Instant.parse(rs.getString(2))));
        return filed;
    }

    /** How many referrals referral-service stored, accepted or not. */
    long referralsFiled() {
        return count("referral", "select count(*) from domainevententry where payloadtype = '" + REFERRAL_FILED + "'");
    }

    /** Every issue of a matrix row's notification about these referrals (a referral issued twice appears twice). */
    Map<String, List<Instant>> issued(String ruleId, Collection<String> referralIds) {
        return issuedAfter(ruleId, referralIds, 0).read();
    }

    /** The issues of a matrix row's notification about these referrals, stored after {@code position}, read as they come. */
    Issued issuedAfter(String ruleId, Collection<String> referralIds, long position) {
        return new Issued(ruleId, referralIds, position);
    }

    /** Where notification-service's event store ends now: a wait for notifications issued after it reads from here. */
    long notificationsHead() {
        return count("notification", "select coalesce(max(globalindex), 0) from domainevententry");
    }

    /**
     * A matrix row's notifications about some referrals, as they are issued. Each read parses only the events stored
     * since the one before, less a margin for appends that took their place earlier and committed later: polling a
     * store of tens of thousands of notifications every half second parsed every one of them each time, and the
     * bench's own queries were a sizeable part of PostgreSQL's CPU it measured. The payloads are parsed here, not by
     * PostgreSQL (which spent 20 ms a poll parsing them as JSON, counted as the stack's CPU).
     */
    final class Issued {
        private static final long MARGIN = 1_000;
        private final String ruleId;
        private final Set<String> referralIds;
        private final Map<String, List<Instant>> byReferral = new HashMap<>();
        private final Set<Long> seen = new HashSet<>();
        private long position;

        Issued(String ruleId, Collection<String> referralIds, long after) {
            this.ruleId = ruleId;
            this.referralIds = Set.copyOf(referralIds);
            this.position = after;
        }

        Map<String, List<Instant>> read() {
            try (Connection c = DriverManager.getConnection(stack.jdbc("notification"), "postgres", "");
                 PreparedStatement s = c.prepareStatement("select globalindex, payload, timestamp from domainevententry "
                         + "where globalindex > ? and payloadtype = ?")) {
                s.setLong(1, Math.max(0, position - MARGIN));
                s.setString(2, NOTIFICATION_ISSUED);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (seen.add(rs.getLong(1))) {
                            JsonNode notification = JSON.readTree(rs.getBytes(2));
                            String referralId = notification.path("referralId").asText();
                            if (ruleId.equals(notification.path("ruleId").asText()) && referralIds.contains(referralId)) {
                                byReferral.computeIfAbsent(referralId, k -> new ArrayList<>()).add(Instant.parse(rs.getString(3)));
                            }
                        }
                    }
                }
                position = Math.max(position, notificationsHead());
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("cannot read the notification event store: " + e.getMessage(), e);
            }
            return byReferral;
        }
    }

    /** Who holds each segment of each processor of a service ("processor/segment" to Axon's owner, pid@host). */
    Map<String, String> segmentOwners(String database) {
        Map<String, String> owners = new HashMap<>();
        query(database, "select processorname, segment, owner from tokenentry", null, null,
                rs -> owners.put(rs.getString(1) + "/" + rs.getInt(2), String.valueOf(rs.getString(3))));
        return owners;
    }

    /** Events stored by all three services. */
    long events() {
        long total = 0;
        for (String db : DATABASES) {
            total += count(db, "select count(*) from domainevententry");
        }
        return total;
    }

    long count(String database, String sql) {
        long[] count = {0};
        query(database, sql, null, null, rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** Every row a query of a service's database answers. */
    void forEachRow(String database, String sql, Row row) {
        query(database, sql, null, null, row);
    }

    private void query(String database, String sql, Collection<String> ids, String type, Row row) {
        try (Connection c = DriverManager.getConnection(stack.jdbc(database), "postgres", "");
             PreparedStatement s = c.prepareStatement(sql)) {
            if (type != null) {
                s.setString(1, type);
                s.setArray(2, c.createArrayOf("varchar", ids.toArray()));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the " + database + " event store: " + e.getMessage(), e);
        }
    }
}
