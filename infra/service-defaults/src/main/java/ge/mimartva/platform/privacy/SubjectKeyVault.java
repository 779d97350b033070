package ge.mimartva.platform.privacy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data-subject keys of this service, in its own database ({@code data_subject_key}). Key material is stored
 * wrapped with the service's current key-encryption key (its id beside it), so a copy of the database alone opens
 * nothing, and the key-encryption key can be rotated ({@link KeyEncryptionKeys}). Erasing a subject deletes its key
 * material for good; every event sealed with it then reads as erased.
 */
public class SubjectKeyVault {

    /** A live key of one subject; {@code keyId} is written beside everything it seals. */
    public record SubjectKey(UUID keyId, String subjectId, SecretKey key) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final KeyEncryptionKeys keyEncryptionKeys;
    private final Map<String, SealingCipher> wrappingById = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Map<String, SubjectKey> liveBySubject = new ConcurrentHashMap<>();
    private final Map<UUID, Optional<SecretKey>> byKeyId = new ConcurrentHashMap<>();
    private final Map<String, String> subjectByRecord = new ConcurrentHashMap<>();

    public SubjectKeyVault(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                           KeyEncryptionKeys keyEncryptionKeys, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.keyEncryptionKeys = keyEncryptionKeys;
        this.clock = clock;
    }

    /**
     * The subject's live key, made on first use. It is made in the transaction that seals with it (the command's own,
     * which appends the events), so the key and what it seals are stored together or not at all, and a command never
     * holds one pooled connection while it waits for a second. (A key made in a transaction of its own did: twelve
     * concurrent filings held all twelve connections and waited for a thirteenth until the pool's timeout.) A key is
     * remembered only once its transaction has committed, so a rolled-back key is never handed out again.
     */
    public SubjectKey keyFor(String subjectId) {
        SubjectKey cached = liveBySubject.get(subjectId);
        if (cached != null) {
            return cached;
        }
        SubjectKey key = transaction.execute(tx -> liveKey(subjectId).orElseGet(() -> {
            SecretKey fresh = newKey();
            UUID keyId = UUID.randomUUID();
            // A concurrent first use of the same subject waits here on the unique index until the other commits (and
            // then reads that key) or rolls back (and then this insert goes through).
            jdbc.update("INSERT INTO data_subject_key (key_id, subject_id, key_material, kek_id, created_at) "
                            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (subject_id) WHERE erased_at IS NULL DO NOTHING",
                    keyId, subjectId, wrap(fresh, keyId), keyEncryptionKeys.currentId(), Timestamp.from(clock.instant()));
            return liveKey(subjectId).orElseThrow();
        }));
        afterCommit(() -> liveBySubject.put(subjectId, key));
        return key;
    }

    /** Records which subject a record is about (once; in the transaction that seals the record's first event). */
    public void linkRecord(String recordId, String subjectId) {
        if (subjectId.equals(subjectByRecord.get(recordId))) {
            return;
        }
        String linked = transaction.execute(tx -> {
            jdbc.update("INSERT INTO data_subject_record (record_id, subject_id) VALUES (?, ?) ON CONFLICT (record_id) DO NOTHING",
                    recordId, subjectId);
            return jdbc.queryForObject("SELECT subject_id FROM data_subject_record WHERE record_id = ?", String.class, recordId);
        });
        afterCommit(() -> subjectByRecord.put(recordId, linked));
    }

    /** Runs {@code remember} once the surrounding transaction has committed; at once when there is none. */
    private static void afterCommit(Runnable remember) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remember.run();
                }
            });
        } else {
            remember.run();
        }
    }

    /** The subject a record is about, when a record's first event named it. */
    public Optional<String> subjectOfRecord(String recordId) {
        String known = subjectByRecord.get(recordId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> subject = jdbc.queryForList("SELECT subject_id FROM data_subject_record WHERE record_id = ?",
                String.class, recordId).stream().findFirst();
        subject.ifPresent(s -> subjectByRecord.put(recordId, s));
        return subject;
    }

    /** The key with this id, or empty once its subject was erased. */
    public Optional<SecretKey> find(UUID keyId) {
        return byKeyId.computeIfAbsent(keyId, id -> jdbc.query(
                        "SELECT key_material, kek_id FROM data_subject_key WHERE key_id = ? AND erased_at IS NULL",
                        (rs, row) -> unwrap(id, rs.getBytes(1), rs.getString(2)), id)
                .stream().findFirst());
    }

    /** Deletes every key of the subject. Answers how many keys were erased (0 when there were none, or already). */
    public int erase(String subjectId) {
        List<UUID> erased = transaction.execute(tx -> jdbc.queryForList(
                "UPDATE data_subject_key SET key_material = NULL, erased_at = ? WHERE subject_id = ? AND erased_at IS NULL "
                        + "RETURNING key_id", UUID.class, Timestamp.from(clock.instant()), subjectId));
        liveBySubject.remove(subjectId);
        erased.forEach(id -> byKeyId.put(id, Optional.empty()));
        return erased.size();
    }

    private Optional<SubjectKey> liveKey(String subjectId) {
        return jdbc.query("SELECT key_id, key_material, kek_id FROM data_subject_key WHERE subject_id = ? AND erased_at IS NULL",
                        (rs, row) -> {
                            UUID keyId = rs.getObject(1, UUID.class);
                            return new SubjectKey(keyId, subjectId, unwrap(keyId, rs.getBytes(2), rs.getString(3)));
                        }, subjectId)
                .stream().findFirst();
    }

    /**
     * Wraps every live key not yet under the current key-encryption key with it, in batches; afterwards the older
     * key-encryption keys can be dropped from the setting. Answers how many keys were wrapped again.
     */
    public int rewrapAll() {
        String current = keyEncryptionKeys.currentId();
        int total = 0;
        while (true) {
            Integer done = transaction.execute(tx -> {
                List<Object[]> batch = jdbc.query("SELECT key_id, key_material, kek_id FROM data_subject_key "
                                + "WHERE erased_at IS NULL AND kek_id <> ? ORDER BY key_id LIMIT 500 FOR UPDATE",
                        (rs, row) -> {
                            UUID keyId = rs.getObject(1, UUID.class);
                            return new Object[] {keyId, wrap(unwrap(keyId, rs.getBytes(2), rs.getString(3)), keyId)};
                        }, current);
                batch.forEach(row -> jdbc.update("UPDATE data_subject_key SET key_material = ?, kek_id = ? WHERE key_id = ?",
                        row[1], current, row[0]));
                return batch.size();
            });
            if (done == null || done == 0) {
                return total;
            }
            total += done;
        }
    }

    private byte[] wrap(SecretKey key, UUID keyId) {
        return wrapping(keyEncryptionKeys.currentId()).seal(key.getEncoded(), keyId.toString());
    }

    private SecretKey unwrap(UUID keyId, byte[] wrapped, String kekId) {
        return new SecretKeySpec(wrapping(kekId).open(wrapped, keyId.toString()), "AES");
    }

    private SealingCipher wrapping(String kekId) {
        return wrappingById.computeIfAbsent(kekId, id -> new SealingCipher(keyEncryptionKeys.byId(id).orElseThrow(() ->
                new IllegalStateException("A data-subject key is wrapped with the key-encryption key '" + id
                        + "', which mimartva.key-encryption-keys no longer lists"))));
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES unavailable", e);
        }
    }
}
