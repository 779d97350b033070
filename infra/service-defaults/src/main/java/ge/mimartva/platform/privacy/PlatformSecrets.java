package ge.mimartva.platform.privacy;

import java.util.Arrays;

/**
 * The platform's secrets, checked before a service starts: the pseudonym key ({@code MIMARTVA_SUBJECT_KEY}), the
 * key-encryption keys ({@code MIMARTVA_KEY_ENCRYPTION_KEYS}) and the key that signs the history's checkpoints
 * ({@code MIMARTVA_HISTORY_CHECKPOINT_KEY}), with the directory outside the database they are written to. Each has a
 * demo value in the repository, which only a demo stack ({@code MIMARTVA_DEMO=true}) may use: anywhere else a missing
 * or demo secret stops the service at start, with a message that names the setting (never its value).
 */
public final class PlatformSecrets {

    /** The demo pseudonym key: in the repository for everyone to read. */
    public static final String DEMO_SUBJECT_KEY = "local-demo-subject-key-do-not-use-in-production";

    /** The demo key that signs the history's checkpoints. */
    public static final String DEMO_CHECKPOINT_KEY = "local-demo-checkpoint-key-do-not-use-in-production";

    private static final String OR_DEMO = " (a local demo sets MIMARTVA_DEMO=true to use the demo secrets)";

    private PlatformSecrets() {
    }

    /** The pseudonym key to use: the configured one, or the demo key on a demo stack. */
    public static String subjectKey(String configured, boolean demo) {
        if (configured == null || configured.isBlank()) {
            require(demo, "mimartva.subject-key (MIMARTVA_SUBJECT_KEY) is not set: set it from a secret store" + OR_DEMO);
            return DEMO_SUBJECT_KEY;
        }
        require(demo || !configured.equals(DEMO_SUBJECT_KEY),
                "mimartva.subject-key (MIMARTVA_SUBJECT_KEY) is the demo key, which is public: set it from a secret store" + OR_DEMO);
        require(configured.length() >= 16, "mimartva.subject-key (MIMARTVA_SUBJECT_KEY) must be at least 16 characters");
        return configured;
    }

    /** The key-encryption keys to use: the configured ones, or the demo key on a demo stack; never the pseudonym key. */
    public static KeyEncryptionKeys keyEncryptionKeys(String configured, String subjectKey, boolean demo) {
        if (configured == null || configured.isBlank()) {
            require(demo, "mimartva.key-encryption-keys (MIMARTVA_KEY_ENCRYPTION_KEYS) is not set: set it from a secret store" + OR_DEMO);
            return KeyEncryptionKeys.parse(KeyEncryptionKeys.DEMO);
        }
        require(Arrays.stream(configured.split(",")).map(String::strip).noneMatch(e -> e.endsWith("=" + subjectKey)),
                "mimartva.key-encryption-keys (MIMARTVA_KEY_ENCRYPTION_KEYS) and mimartva.subject-key are separate secrets: "
                        + "a key-encryption key is the pseudonym key");
        KeyEncryptionKeys keys = KeyEncryptionKeys.parse(configured);
        require(demo || !keys.includesTheDemoKey(),
                "mimartva.key-encryption-keys (MIMARTVA_KEY_ENCRYPTION_KEYS) lists the demo key, which is public: "
                        + "set keys from a secret store" + OR_DEMO);
        return keys;
    }

    /** The key that signs the history's checkpoints: the configured one, or the demo key on a demo stack. */
    public static byte[] checkpointKey(String configured, boolean demo) {
        if (configured == null || configured.isBlank()) {
            require(demo, "mimartva.history.checkpoint-key (MIMARTVA_HISTORY_CHECKPOINT_KEY) is not set: set it from a "
                    + "secret store" + OR_DEMO);
            return DEMO_CHECKPOINT_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        require(demo || !configured.equals(DEMO_CHECKPOINT_KEY), "mimartva.history.checkpoint-key "
                + "(MIMARTVA_HISTORY_CHECKPOINT_KEY) is the demo key, which is public: set it from a secret store" + OR_DEMO);
        require(configured.length() >= 32, "mimartva.history.checkpoint-key (MIMARTVA_HISTORY_CHECKPOINT_KEY) must be at "
                + "least 32 characters");
        return configured.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Where the checkpoints are written: the configured directory, or a temporary one on a demo stack. */
    public static java.nio.file.Path checkpointDirectory(String configured, boolean demo) {
        if (configured == null || configured.isBlank()) {
            require(demo, "mimartva.history.checkpoint-dir (MIMARTVA_HISTORY_CHECKPOINT_DIR) is not set: name a directory "
                    + "outside the database, shipped to write-once storage" + OR_DEMO);
            return java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "mimartva-history-checkpoints");
        }
        return java.nio.file.Path.of(configured);
    }

    private static void require(boolean rule, String otherwise) {
        if (!rule) {
            throw new IllegalStateException(otherwise);
        }
    }
}
