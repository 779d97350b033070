package ge.mimartva.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm as code, in two layers: {@code identity/realm/mimartva-realm.json} is what production imports (no people,
 * no password-grant client, no secret, a password policy, a second factor at first login), and
 * {@code identity/realm/demo/mimartva-realm.json}, what the local stacks import, is exactly that realm with
 * {@code demo/demo-overlay.json} laid over it.
 */
class RealmFilesTest {

    private static final Path REALM = Path.of("../realm");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> IDS = List.of("clientId", "username", "alias");

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(Files.readString(REALM.resolve(file)));
    }

    private static List<JsonNode> each(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void theProductionRealmHasNoPeopleNoPasswordGrantAndNoSecret() throws IOException {
        JsonNode realm = read("mimartva-realm.json");
        assertThat(each(realm.path("users"))).allSatisfy(u -> {
            assertThat(u.get("username").asText()).startsWith("service-account-");
            assertThat(u.has("credentials")).isFalse();
        });
        assertThat(each(realm.get("clients"))).allSatisfy(c -> {
            assertThat(c.path("directAccessGrantsEnabled").asBoolean(false)).as(c.get("clientId").asText()).isFalse();
            assertThat(c.has("secret")).as(c.get("clientId").asText()).isFalse();
        });
        assertThat(realm.toString()).doesNotContain("mimartva-demo", "demo-secret");
    }

    @Test
    void theProductionRealmAsksForAStrongPasswordAndASecondFactor() throws IOException {
        JsonNode realm = read("mimartva-realm.json");
        assertThat(realm.get("passwordPolicy").asText()).contains("length(12)", "notUsername", "passwordHistory(5)");
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        JsonNode otp = each(realm.get("requiredActions")).stream()
                .filter(a -> a.get("alias").asText().equals("CONFIGURE_TOTP")).findFirst().orElseThrow();
        assertThat(otp.get("enabled").asBoolean()).isTrue();
        assertThat(otp.get("defaultAction").asBoolean()).as("every new user sets up a one-time-password device").isTrue();
    }

    @Test
    void theDemoRealmIsTheProductionRealmWithTheDemoOverlay() throws IOException {
        JsonNode expected = overlay(read("mimartva-realm.json"), read("demo/demo-overlay.json"));
        Path written = Path.of("target/demo-realm.json");
        Files.writeString(written, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected));
        assertThat(read("demo/mimartva-realm.json"))
                .as("identity/realm/demo/mimartva-realm.json is out of date: copy " + written.toAbsolutePath() + " over it")
                .isEqualTo(expected);
    }

    /** Objects merge key by key; arrays of clients, users or actions merge by their id; anything else is replaced. */
    static JsonNode overlay(JsonNode base, JsonNode over) {
        if (base instanceof ObjectNode b && over instanceof ObjectNode o) {
            ObjectNode merged = b.deepCopy();
            o.fields().forEachRemaining(f -> {
                if (!f.getKey().startsWith("_")) {
                    merged.set(f.getKey(), b.has(f.getKey()) ? overlay(b.get(f.getKey()), f.getValue()) : f.getValue());
                }
            });
            return merged;
        }
        if (base instanceof ArrayNode b && over instanceof ArrayNode o && each(o).stream().allMatch(e -> idOf(e) != null)) {
            ArrayNode merged = b.deepCopy();
            for (JsonNode element : o) {
                int at = -1;
                for (int i = 0; i < merged.size(); i++) {
                    if (idOf(element).equals(idOf(merged.get(i)))) {
                        at = i;
                    }
                }
                if (at >= 0) {
                    merged.set(at, overlay(merged.get(at), element));
                } else {
                    merged.add(element);
                }
            }
            return merged;
        }
        return over;
    }

    private static String idOf(JsonNode element) {
        return IDS.stream().filter(element::has).findFirst().map(id -> id + "=" + element.get(id).asText()).orElse(null);
    }
}
