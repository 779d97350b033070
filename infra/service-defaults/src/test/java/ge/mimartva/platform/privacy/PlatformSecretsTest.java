package ge.mimartva.platform.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside a demo stack, a service does not start on a missing or public secret, and says which setting to set. */
class PlatformSecretsTest {

    private static final String SUBJECT_KEY = "a-subject-key-from-the-secret-store";
    private static final String KEK = "2026-11=base64:" + java.util.Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    @Test
    void aMissingSubjectKeyStopsTheServiceNamingTheSetting() {
        assertThatThrownBy(() -> PlatformSecrets.subjectKey("", false))
                .hasMessageContaining("MIMARTVA_SUBJECT_KEY").hasMessageContaining("is not set");
        assertThatThrownBy(() -> PlatformSecrets.subjectKey(null, false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDemoSubjectKeyStopsTheServiceOutsideADemoAndIsNeverQuoted() {
        assertThatThrownBy(() -> PlatformSecrets.subjectKey(PlatformSecrets.DEMO_SUBJECT_KEY, false))
                .hasMessageContaining("(MIMARTVA_SUBJECT_KEY) is the demo key")
                .hasMessageNotContaining(PlatformSecrets.DEMO_SUBJECT_KEY);
    }

    @Test
    void aDemoStackRunsOnTheDemoSecrets() {
        assertThat(PlatformSecrets.subjectKey("", true)).isEqualTo(PlatformSecrets.DEMO_SUBJECT_KEY);
        assertThat(PlatformSecrets.keyEncryptionKeys("", PlatformSecrets.DEMO_SUBJECT_KEY, true).currentId()).isEqualTo("v1");
    }

    @Test
    void missingOrDemoKeyEncryptionKeysStopTheServiceOutsideADemo() {
        assertThatThrownBy(() -> PlatformSecrets.keyEncryptionKeys("", SUBJECT_KEY, false))
                .hasMessageContaining("MIMARTVA_KEY_ENCRYPTION_KEYS").hasMessageContaining("is not set");
        assertThatThrownBy(() -> PlatformSecrets.keyEncryptionKeys(KEK + "," + KeyEncryptionKeys.DEMO, SUBJECT_KEY, false))
                .hasMessageContaining("lists the demo key");
    }

    @Test
    void theKeyEncryptionKeyIsNotThePseudonymKey() {
        assertThatThrownBy(() -> PlatformSecrets.keyEncryptionKeys("k1=" + SUBJECT_KEY, SUBJECT_KEY, false))
                .hasMessageContaining("separate secrets").hasMessageNotContaining(SUBJECT_KEY);
    }

    @Test
    void secretsFromTheSecretStoreAreTaken() {
        assertThat(PlatformSecrets.subjectKey(SUBJECT_KEY, false)).isEqualTo(SUBJECT_KEY);
        assertThat(PlatformSecrets.keyEncryptionKeys(KEK, SUBJECT_KEY, false).currentId()).isEqualTo("2026-11");
    }
}
