package ge.mimartva.platform.privacy;

import ge.mimartva.testsupport.NeedsTestStack;
import ge.mimartva.testsupport.TestStack;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Clock;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key-encryption keys: a raw key or a passphrase through a salted KDF, and rotation without losing a key. */
@NeedsTestStack
class KeyEncryptionKeysTest {

    private static final String OLD = "2025-01=an old passphrase from the vault";
    private static final String NEW = "2026-11=base64:" + java.util.Base64.getEncoder().encodeToString(new byte[32]);

    static JdbcTemplate jdbc;
    static DataSourceTransactionManager transactions;

    @BeforeAll
    static void keysInPostgres() {
        DriverManagerDataSource database = new DriverManagerDataSource(TestStack.database("it_key_rotation"), "postgres", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration/axon").load().migrate();
        jdbc = new JdbcTemplate(database);
        transactions = new DataSourceTransactionManager(database);
    }

    private static SubjectKeyVault vault(String keys) {
        return new SubjectKeyVault(jdbc, transactions, KeyEncryptionKeys.parse(keys), Clock.systemUTC());
    }

    @Test
    void aPassphraseIsStretchedWithASaltedKdfAndTheSamePassphraseUnderAnotherIdIsAnotherKey() {
        KeyEncryptionKeys a = KeyEncryptionKeys.parse("a=the same passphrase of sixteen+");
        KeyEncryptionKeys b = KeyEncryptionKeys.parse("b=the same passphrase of sixteen+");
        assertThat(a.current().getEncoded()).hasSize(32).isNotEqualTo(b.current().getEncoded());
    }

    @Test
    void aMalformedSettingIsRefusedWithoutQuotingTheSecret() {
        assertThatThrownBy(() -> KeyEncryptionKeys.parse("k1=tiny-pass")).hasMessageContaining("shorter than 16")
                .hasMessageNotContaining("tiny-pass");
        assertThatThrownBy(() -> KeyEncryptionKeys.parse("k1=base64:AAAA")).hasMessageContaining("not 32 bytes");
        assertThatThrownBy(() -> KeyEncryptionKeys.parse("no id at all")).hasMessageContaining("id=key");
        assertThatThrownBy(() -> KeyEncryptionKeys.parse(NEW + "," + NEW)).hasMessageContaining("listed twice");
    }

    /** Rotation: new keys under the new key-encryption key, old ones still open, and after the rewrap the old one goes. */
    @Test
    void theKeyEncryptionKeyIsRotatedWithoutLosingADataSubjectKey() {
        String before = UUID.randomUUID().toString();
        SubjectKeyVault.SubjectKey old = vault(OLD).keyFor(before);

        SubjectKeyVault rotated = vault(NEW + "," + OLD);
        assertThat(rotated.find(old.keyId()).orElseThrow().getEncoded()).isEqualTo(old.key().getEncoded());
        String after = UUID.randomUUID().toString();
        SubjectKeyVault.SubjectKey fresh = rotated.keyFor(after);
        assertThat(jdbc.queryForObject("SELECT kek_id FROM data_subject_key WHERE key_id = ?", String.class, fresh.keyId()))
                .isEqualTo("2026-11");

        assertThat(rotated.rewrapAll()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM data_subject_key WHERE erased_at IS NULL AND kek_id <> '2026-11'",
                Integer.class)).isZero();
        SubjectKeyVault newOnly = vault(NEW);
        assertThat(newOnly.find(old.keyId()).orElseThrow().getEncoded()).isEqualTo(old.key().getEncoded());
        assertThat(newOnly.find(fresh.keyId()).orElseThrow().getEncoded()).isEqualTo(fresh.key().getEncoded());
    }

    @Test
    void aKeyWrappedWithAKeyNoLongerListedIsNamedNotGuessed() {
        SubjectKeyVault.SubjectKey key = vault(OLD).keyFor(UUID.randomUUID().toString());
        assertThatThrownBy(() -> vault("other=base64:" + java.util.Base64.getEncoder().encodeToString(new byte[32]))
                .find(key.keyId())).hasMessageContaining("'2025-01'");
    }
}
