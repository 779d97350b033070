package ge.mimartva.platform.axon;

import ge.mimartva.platform.web.IdempotencyKeyReusedException;
import ge.mimartva.platform.web.InvalidRequestException;
import ge.mimartva.platform.web.ProblemDetailsAdvice;
import ge.mimartva.platform.web.RequestFingerprint;
import ge.mimartva.platform.web.RequestFingerprintFilter;
import ge.mimartva.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one way a record is created through the web. With an {@code Idempotency-Key}, a caller that sends the same
 * request again (after no answer, a double click) names the same record, and the second creation finds it made and is
 * answered as the first; a different request under a key already used is refused (422) and creates nothing. The key
 * is claimed with the request body's fingerprint ({@link RequestFingerprint}) before the command is sent; a request
 * that is refused (invalid, against a rule) frees it. Without a key, every request creates a new record.
 */
public class IdempotentCreation {

    /** The longest key taken: a UUID is 36 characters; the IETF draft's keys are short strings. */
    static final int MAX_KEY_LENGTH = 128;

    private final ActingCommands commands;
    private final JdbcTemplate jdbc;

    public IdempotentCreation(ActingCommands commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    /**
     * Creates the record of {@code kind} that {@code command} makes from its new id, and answers that id.
     *
     * @param referralId the referral the record belongs to (its correlation), or null: the record is its own
     */
    public String create(String kind, Actor actor, String idempotencyKey, String referralId,
                         Function<String, Object> command) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            throw new InvalidRequestException(List.of(new ProblemDetailsAdvice.FieldProblem(
                    RequestFingerprintFilter.IDEMPOTENCY_KEY, "must be 1 to " + MAX_KEY_LENGTH + " characters")));
        }
        String recordId = idempotencyKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes((actor.id() + "|" + kind + "|" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                .toString();
        Object creation = command.apply(recordId);
        String correlationId = referralId != null ? referralId : recordId;
        if (idempotencyKey == null) {
            commands.send(creation, actor, correlationId);
            return recordId;
        }
        String fingerprint = RequestFingerprint.ofCurrentRequest().map(RequestFingerprint::hex)
                .orElseThrow(() -> new IllegalStateException("A request with an Idempotency-Key is fingerprinted"));
        claim(recordId, fingerprint);
        try {
            commands.send(creation, actor, correlationId);
        } catch (RuntimeException e) {
            if (!CommandOutcomes.alreadyCreated(e)) {
                jdbc.update("DELETE FROM idempotency_key WHERE record_id = ? AND request_fingerprint = ?", recordId,
                        fingerprint);
                throw e;
            }
        }
        return recordId;
    }

    /** Claims the key, or finds who claimed it first, in one round trip (a filing's hot path). */
    private void claim(String recordId, String fingerprint) {
        List<String> found = jdbc.queryForList("""
                WITH claim AS (INSERT INTO idempotency_key (record_id, request_fingerprint) VALUES (?, ?)
                               ON CONFLICT (record_id) DO NOTHING RETURNING request_fingerprint)
                SELECT request_fingerprint FROM claim
                UNION ALL SELECT request_fingerprint FROM idempotency_key WHERE record_id = ?
                LIMIT 1""", String.class, recordId, fingerprint, recordId);
        // Empty only when a concurrent request claimed the key after this statement's snapshot: read it again.
        String claimed = found.isEmpty() ? jdbc.queryForObject(
                "SELECT request_fingerprint FROM idempotency_key WHERE record_id = ?", String.class, recordId)
                : found.get(0);
        if (!fingerprint.equals(claimed)) {
            throw new IdempotencyKeyReusedException();
        }
    }
}
