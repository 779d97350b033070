package ge.mimartva.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The running test stack, as a client sees it: the gateway, the realm's token endpoint, and (for assertions that
 * nothing was recorded) the services' event stores. {@code ./mimartva test} starts the stack and exports its ports.
 */
final class Platform {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "mimartva-demo";
    static final String VAKE_SCHOOL = "SCH-TBILISI-VAKE-051";
    static final String VAKE_UNIT = "SCA-TU-TBILISI-VAKE-SABURTALO";
    static final String VAKE_POLICE = "MIA-D-TBILISI-VAKE-SABURTALO";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, Object> TOKEN_LOCKS = new ConcurrentHashMap<>();

    private record Token(String value, long expiresAtMillis) {
    }

    /** An HTTP answer: status, content type, body (parsed when JSON) and headers. */
    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    private Platform() {
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String gateway() {
        return env("MIMARTVA_GATEWAY_URL", "http://127.0.0.1:18080");
    }

    static String keycloak() {
        return env("MIMARTVA_KEYCLOAK_URL", "http://127.0.0.1:18180");
    }

    static String service(String name) {
        return "http://127.0.0.1:" + env("MIMARTVA_PORT_" + name.replace('-', '_'), switch (name) {
            case "referral-service" -> "18081";
            case "victim-status-service" -> "18082";
            default -> "18083";
        });
    }

    /**
     * A real access token of a demo user from the realm's token endpoint, fetched once and shared until it nears its
     * expiry. Callers of one user wait for one
     * login, as a real client does: a burst's threads each logging in at once read to Keycloak as an attack on the
     * account (its brute-force protection then locks it, "user_temporarily_disabled", seen on CI).
     */
    static String token(String username) {
        Token cached = TOKENS.get(username);
        if (usable(cached)) {
            return cached.value();
        }
        synchronized (TOKEN_LOCKS.computeIfAbsent(username, u -> new Object())) {
            Token fetched = TOKENS.get(username);
            return usable(fetched) ? fetched.value() : login(username);
        }
    }

    private static boolean usable(Token token) {
        return token != null && token.expiresAtMillis() > System.currentTimeMillis() + 30_000;
    }

    private static String login(String username) {
        String form = "client_id=mimartva-test&grant_type=password&username=" + enc(username) + "&password=" + enc(PASSWORD);
        Answer answer = send(HttpRequest.newBuilder(URI.create(keycloak() + "/realms/mimartva/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": HTTP " + answer.status());
        }
        JsonNode json = answer.json();
        Token token = new Token(json.get("access_token").asText(),
                System.currentTimeMillis() + json.get("expires_in").asLong() * 1000);
        TOKENS.put(username, token);
        return token.value();
    }

    /** A token of the demo integrator's client (client credentials), as an agency system would get it. */
    static String integratorToken() {
        String form = "client_id=mimartva-integrator&client_secret=integrator-demo-secret&grant_type=client_credentials";
        Answer answer = send(HttpRequest.newBuilder(URI.create(keycloak() + "/realms/mimartva/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.status() != 200) {
            throw new IllegalStateException("no integrator token: HTTP " + answer.status());
        }
        return answer.json().get("access_token").asText();
    }

    static Answer get(String url, String username) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (username != null) {
            request.header("Authorization", "Bearer " + token(username));
        }
        return send(request.build());
    }

    static Answer post(String url, String username, String body) {
        return post(url, username, body, Map.of());
    }

    static Answer post(String url, String username, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (username != null) {
            request.header("Authorization", "Bearer " + token(username));
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A referral by the Vake school about a child of Vake (the child's name in Georgian). */
    static String referral(boolean immediateDanger) {
        return referral(immediateDanger, "\"PHYSICAL\",\"PSYCHOLOGICAL\"");
    }

    /** A referral of the Vake school; {@code concerns} as JSON list items. */
    static String referral(boolean immediateDanger, String concerns) {
        return """
                {"reportingBody":"%s","child":{"firstName":"ნინო","lastName":"ბერიძე","personalNumber":"01017012345",
                 "dateOfBirth":"2015-03-14","municipality":"TBILISI-VAKE"},"concerns":[%s],
                 "description":"ბავშვს ხელზე სისხლჩაქცევები აქვს და ამბობს, რომ სახლში ეშინია.","immediateDanger":%s}
                """.formatted(VAKE_SCHOOL, concerns, immediateDanger);
    }

    /** Files a referral as the Vake school reporter; returns its id. */
    static String fileReferral(boolean immediateDanger) {
        return fileReferral(immediateDanger, "\"PHYSICAL\",\"PSYCHOLOGICAL\"");
    }

    /** Files a referral about {@code concerns} (JSON list items) as the Vake school reporter; returns its id. */
    static String fileReferral(boolean immediateDanger, String concerns) {
        Answer answer = post(gateway() + "/api/referrals", "school.vake", referral(immediateDanger, concerns),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        if (answer.status() != 201) {
            throw new AssertionError("filing answered " + answer.status() + ": " + answer.body());
        }
        return answer.json().get("referralId").asText();
    }

    /** The caller's inbox items about one referral (the inbox narrowed to its number). */
    static List<JsonNode> inboxItems(String username, String referralId) {
        List<JsonNode> items = new ArrayList<>();
        get(gateway() + "/api/notifications?limit=500&referral=" + referralId, username).json()
                .forEach(n -> { if (n.get("referralId").asText().equals(referralId)) items.add(n); });
        return items;
    }

    /** The caller's whole inbox, page after page (each page's Link header names the next). */
    static List<JsonNode> wholeInbox(String username) {
        List<JsonNode> items = new ArrayList<>();
        String page = gateway() + "/api/notifications?limit=500";
        while (page != null) {
            Answer answer = get(page, username);
            answer.json().forEach(items::add);
            java.util.regex.Matcher next = java.util.regex.Pattern.compile("<([^>]+)>; rel=\"next\"")
                    .matcher(answer.raw().headers().firstValue("Link").orElse(""));
            page = next.find() ? gateway() + next.group(1) : null;
        }
        return items;
    }

    /** The matrix rules of the notifications about a referral in a user's inbox. */
    static List<String> rulesInInbox(String username, String referralId) {
        return inboxItems(username, referralId).stream().map(n -> n.get("ruleId").asText()).toList();
    }

    /** How many events a service's event store holds (to prove a refused request recorded nothing). */
    static long storedEvents(String database) {
        return storedEvents(database, "%");
    }

    /** How many events of a type (its simple class name) a service's event store holds. */
    static long storedEvents(String database, String type) {
        String url = "jdbc:postgresql://127.0.0.1:" + env("MIMARTVA_PG_PORT", "25432") + "/" + database;
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             var query = c.prepareStatement("select count(*) from domainevententry where payloadtype like ?")) {
            query.setString(1, "%" + type);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One value read from a service's database (to check what is stored, byte for byte). */
    static <T> T stored(String database, Class<T> type, String sql, Object... parameters) {
        String url = "jdbc:postgresql://127.0.0.1:" + env("MIMARTVA_PG_PORT", "25432") + "/" + database;
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             var query = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getObject(1, type) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a command of the stack script (stop/start the broker, kill/start a service). */
    static void stack(String command, String... args) {
        String script = System.getProperty("mimartva.stack.script", "../local/stack.sh");
        List<String> commandLine = new ArrayList<>(List.of("bash", script, "test", command));
        commandLine.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(commandLine).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("stack " + command + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
