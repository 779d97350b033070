package ge.mimartva.acceptance;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ge.mimartva.acceptance.Platform.PASSWORD;
import static ge.mimartva.acceptance.Platform.gateway;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person logs in through the gateway as a browser does: authorization code with PKCE on the realm's login page.
 * The browser gets only an HttpOnly session cookie, never a token; what it sends with that cookie needs the CSRF
 * token; the gateway relays the person's token to the services.
 */
@Order(8)
class GatewayLoginAcceptanceTest {

    /** A browser: follows nothing on its own, keeps cookies, and remembers every answer the gateway gave it. */
    static final class Browser {
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        /**
         * Like Chromium, this browser treats the loopback address as a secure context: Keycloak's cookies are Secure
         * and SameSite=None, and are still sent back over http://127.0.0.1.
         */
        final CookieHandler loopbackIsSecure = new CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                return cookies.get(URI.create(uri.toString().replaceFirst("^http:", "https:")), headers);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                cookies.put(uri, headers);
            }
        };
        final HttpClient http = HttpClient.newBuilder().cookieHandler(loopbackIsSecure)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        final List<HttpResponse<String>> fromGateway = new ArrayList<>();

        HttpResponse<String> send(HttpRequest request) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (request.uri().toString().startsWith(gateway())) {
                    fromGateway.add(response);
                }
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        /** Logs in on the realm's page, starting from a page of the gateway; answers the authorization request's URL. */
        URI logIn(String username) {
            HttpResponse<String> page = get(gateway() + "/");
            assertThat(page.statusCode()).isEqualTo(302);
            HttpResponse<String> start = get(gateway() + location(page));
            URI authorization = URI.create(location(start));
            HttpResponse<String> loginPage = get(authorization.toString());
            assertThat(loginPage.statusCode()).isEqualTo(200);
            Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(loginPage.body());
            assertThat(action.find()).as("the realm's login form").isTrue();
            HttpResponse<String> loggedIn = send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(PASSWORD)
                            + "&credentialId=")).build());
            assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(302);
            String callback = location(loggedIn);
            assertThat(callback).startsWith(gateway() + "/login/oauth2/code/keycloak?");
            HttpResponse<String> session = get(callback);
            assertThat(session.statusCode()).isEqualTo(302);
            return authorization;
        }

        private static String location(HttpResponse<String> response) {
            return response.headers().firstValue("Location").orElseThrow();
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }

    @Test
    void aPersonLogsInWithPkceAndTheBrowserNeverHoldsAToken() {
        String referralId = Platform.fileReferral(false);
        Browser browser = new Browser();
        assertThat(browser.get(gateway() + "/api/referrals/" + referralId).statusCode()).isEqualTo(401);

        URI authorization = browser.logIn("sw.vake");

        Map<String, String> request = query(authorization);
        assertThat(request).containsEntry("client_id", "mimartva-portal").containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256").containsKey("code_challenge").containsKey("state");
        assertThat(browser.cookies.getCookieStore().getCookies()).filteredOn(c -> c.getName().equals("SESSION"))
                .singleElement().satisfies(c -> assertThat(c.isHttpOnly()).isTrue());

        HttpResponse<String> referral = browser.get(gateway() + "/api/referrals/" + referralId);
        assertThat(referral.statusCode()).as(referral.body()).isEqualTo(200);
        assertThat(referral.body()).contains(referralId);
        assertThat(referral.headers().firstValue("Cache-Control")).hasValue("no-store");

        // nothing the gateway sent the browser carries a token (a JWT starts "eyJ")
        assertThat(browser.fromGateway).allSatisfy(r -> {
            assertThat(r.body()).doesNotContain("eyJ");
            assertThat(r.headers().map().toString()).doesNotContain("eyJ");
        });
    }

    @Test
    void whatABrowserSendsWithItsSessionNeedsTheCsrfToken() {
        Browser browser = new Browser();
        browser.logIn("school.vake");
        HttpRequest.Builder filing = HttpRequest.newBuilder(URI.create(gateway() + "/api/referrals"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Platform.referral(false)));

        HttpResponse<String> withoutToken = browser.send(filing.copy().build());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        String csrf = browser.cookie("XSRF-TOKEN");
        assertThat(csrf).isNotBlank();
        HttpResponse<String> withToken = browser.send(filing.copy().header("X-XSRF-TOKEN", csrf).build());
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
    }

    @Test
    void anIntegratorOverItsRateLimitIsToldToRetryLaterAndOthersAreNotHeldUp() throws Exception {
        String token = Platform.integratorToken();
        HttpClient http = HttpClient.newHttpClient();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            burst.add(http.sendAsync(HttpRequest.newBuilder(URI.create(gateway() + "/api/integration/events?limit=1"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        Platform.Answer someoneElse = Platform.get(gateway() + "/api/notifications?limit=1", "sw.vake");
        List<HttpResponse<String>> answers = burst.stream().map(java.util.concurrent.CompletableFuture::join).toList();

        List<HttpResponse<String>> limited = answers.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(limited).isNotEmpty();
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 429));
        assertThat(limited).allSatisfy(r -> {
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        });
        assertThat(someoneElse.status()).isEqualTo(200);
        System.out.printf("BENCHMARK rate limit: a burst of %d integrator requests got %d answered, %d told to retry%n",
                answers.size(), answers.size() - limited.size(), limited.size());

        Thread.sleep(1_100);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(gateway() + "/api/integration/events?limit=1"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
    }
}
