package ge.mimartva.platform.privacy;

import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.platform.rules.RuleViolationException;
import ge.mimartva.security.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Four eyes on an erasure: erasing a data subject cannot be undone, so one administrator asks for it and a second,
 * different one approves it (and it happens then) or rejects it. A subject has at most one open request; a request is
 * decided once. Who asked and who decided stay recorded beside the request.
 */
public class ErasureRequests {

    /** A request as administrators see it: the subject only by its pseudonymous id. */
    public record ErasureRequest(UUID requestId, String subjectId, String reason, String requestedBy,
                                 Instant requestedAt, String decidedBy, Instant decidedAt, String outcome) {
    }

    private static final String COLUMNS = "request_id, subject_id, reason, requested_name, requested_at, decided_name, "
            + "decided_at, outcome";

    private final JdbcTemplate jdbc;
    private final PersonalDataErasure erasure;
    private final Clock clock;

    public ErasureRequests(JdbcTemplate jdbc, PersonalDataErasure erasure, Clock clock) {
        this.jdbc = jdbc;
        this.erasure = erasure;
        this.clock = clock;
    }

    public ErasureRequest request(String subjectId, ErasureReason reason, Actor administrator) {
        UUID requestId = UUID.randomUUID();
        try {
            jdbc.update("INSERT INTO erasure_request (request_id, subject_id, reason, requested_by, requested_name, "
                            + "requested_at) VALUES (?, ?, ?, ?, ?, ?)", requestId, subjectId, reason.name(),
                    administrator.id(), administrator.username(), Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("An erasure of this subject already awaits a second administrator.");
        }
        return find(requestId);
    }

    /** The requests awaiting a second administrator, the oldest first. */
    public List<ErasureRequest> open(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM erasure_request WHERE decided_at IS NULL ORDER BY requested_at "
                + "LIMIT ?", (rs, i) -> of(rs), limit);
    }

    /** A second administrator approves: the subject is erased now. */
    public PersonalDataErased approve(UUID requestId, Actor administrator) {
        ErasureRequest request = decide(requestId, administrator, "APPROVED");
        try {
            return erasure.erase(request.subjectId(), ErasureReason.valueOf(request.reason()),
                    MessageContext.of(administrator, requestId.toString(), requestId.toString()));
        } catch (RuntimeException failed) {
            // Not erased: the request is open again, for this or another administrator to approve once more.
            jdbc.update("UPDATE erasure_request SET decided_by = NULL, decided_name = NULL, decided_at = NULL, "
                    + "outcome = NULL WHERE request_id = ?", requestId);
            throw failed;
        }
    }

    public ErasureRequest reject(UUID requestId, Actor administrator) {
        return decide(requestId, administrator, "REJECTED");
    }

    private ErasureRequest decide(UUID requestId, Actor administrator, String outcome) {
        String requestedBy = jdbc.query("SELECT requested_by FROM erasure_request WHERE request_id = ?",
                        (rs, i) -> rs.getString(1), requestId).stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("erasure request"));
        if (requestedBy.equals(administrator.id())) {
            throw new RuleViolationException("A second administrator decides an erasure, not the one who asked for it.");
        }
        int decided = jdbc.update("UPDATE erasure_request SET decided_by = ?, decided_name = ?, decided_at = ?, outcome = ? "
                        + "WHERE request_id = ? AND decided_at IS NULL", administrator.id(), administrator.username(),
                Timestamp.from(clock.instant()), outcome, requestId);
        if (decided == 0) {
            throw new RuleViolationException("This erasure request has already been decided.");
        }
        return find(requestId);
    }

    private ErasureRequest find(UUID requestId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM erasure_request WHERE request_id = ?", (rs, i) -> of(rs), requestId)
                .stream().findFirst().orElseThrow(() -> new RecordNotFoundException("erasure request"));
    }

    private static ErasureRequest of(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new ErasureRequest(rs.getObject("request_id", UUID.class), rs.getString("subject_id"),
                rs.getString("reason"), rs.getString("requested_name"), rs.getTimestamp("requested_at").toInstant(),
                rs.getString("decided_name"), decidedAt == null ? null : decidedAt.toInstant(), rs.getString("outcome"));
    }
}
