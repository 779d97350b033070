package ge.mimartva.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the services recorded, read from their own event stores: when each referral was filed (referral-service) and
 * when each notification about it was issued (notification-service), by the stores' own timestamps.
 */
final class EventStores {

    private static final String REFERRAL_FILED = "ge.mimartva.referral.command.ReferralFiled";
    private static final String NOTIFICATION_ISSUED = "ge.mimartva.notification.command.NotificationIssued";
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
        Map<String, List<Instant>> issued = new HashMap<>();
        query("notification", "select convert_from(payload, 'UTF8')::jsonb ->> 'referralId', timestamp from domainevententry "
                        + "where payloadtype = ? and convert_from(payload, 'UTF8')::jsonb ->> 'ruleId' = '" + ruleId + "' "
                        + "and convert_from(payload, 'UTF8')::jsonb ->> 'referralId' = any (?)", referralIds, NOTIFICATION_ISSUED,
                rs -> issued.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(Instant.parse(rs.getString(2))));
        return issued;
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
