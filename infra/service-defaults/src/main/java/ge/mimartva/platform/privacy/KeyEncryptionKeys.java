package ge.mimartva.platform.privacy;

import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keys that wrap a service's data-subject keys ({@code mimartva.key-encryption-keys}), by id, newest first:
 * {@code id=base64:<32 bytes>} for a key from a secret store, or {@code id=<passphrase of at least 16 characters, no comma>},
 * from which the key is derived with PBKDF2-HMAC-SHA256 (600,000 iterations, salted with the key's id). The first key
 * wraps every new data-subject key; each listed key still unwraps what it wrapped, so a key is rotated by putting a
 * new one first and keeping the old one listed until {@link SubjectKeyVault#rewrapAll()} has moved every key over.
 */
public final class KeyEncryptionKeys {

    /** The demo key of the local stacks (the key the demo used before rotation was possible, so old demo data opens). */
    public static final String DEMO = "v1=base64:RLKzHmsdqhipKLHm4hqA8YT7zfStUWpe+9MlXg5bbAM=";

    private static final int ITERATIONS = 600_000;

    private final String currentId;
    private final Map<String, SecretKey> byId;

    private KeyEncryptionKeys(String currentId, Map<String, SecretKey> byId) {
        this.currentId = currentId;
        this.byId = Map.copyOf(byId);
    }

    /** Parses the setting; a malformed one is refused with a message that names the setting, never the secret. */
    public static KeyEncryptionKeys parse(String setting) {
        if (setting == null || setting.isBlank()) {
            throw new IllegalStateException("mimartva.key-encryption-keys (MIMARTVA_KEY_ENCRYPTION_KEYS) is not set");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : setting.split(",")) {
            int eq = entry.indexOf('=');
            String id = eq > 0 ? entry.substring(0, eq).strip() : "";
            if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalStateException("mimartva.key-encryption-keys: every entry is id=key, the id of at most "
                        + "64 letters, digits, '.', '_' or '-'");
            }
            if (keys.put(id, keyOf(id, entry.substring(eq + 1).strip())) != null) {
                throw new IllegalStateException("mimartva.key-encryption-keys: the id " + id + " is listed twice");
            }
        }
        return new KeyEncryptionKeys(keys.keySet().iterator().next(), keys);
    }

    public String currentId() {
        return currentId;
    }

    public SecretKey current() {
        return byId.get(currentId);
    }

    public Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Whether any listed key is the demo key, which is in the repository for everyone to read. */
    public boolean includesTheDemoKey() {
        SecretKey demo = parse(DEMO).current();
        return byId.values().stream().anyMatch(k -> java.security.MessageDigest.isEqual(k.getEncoded(), demo.getEncoded()));
    }

    private static SecretKey keyOf(String id, String secret) {
        if (secret.startsWith("base64:")) {
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(secret.substring("base64:".length()));
            } catch (IllegalArgumentException e) {
                raw = new byte[0];
            }
            if (raw.length != 32) {
                throw new IllegalStateException("mimartva.key-encryption-keys: the key " + id + " is not 32 bytes of base64");
            }
            return new SecretKeySpec(raw, "AES");
        }
        if (secret.length() < 16) {
            throw new IllegalStateException("mimartva.key-encryption-keys: the passphrase of " + id
                    + " is shorter than 16 characters");
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(),
                    ("mimartva-key-encryption|" + id).getBytes(StandardCharsets.UTF_8), ITERATIONS, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        }
    }
}
