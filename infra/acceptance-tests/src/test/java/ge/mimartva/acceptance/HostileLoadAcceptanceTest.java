package ge.mimartva.acceptance;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static ge.mimartva.acceptance.Platform.gateway;
import static ge.mimartva.acceptance.Platform.post;
import static ge.mimartva.acceptance.Platform.send;
import static ge.mimartva.acceptance.Platform.service;
import static ge.mimartva.acceptance.Platform.stack;
import static ge.mimartva.acceptance.Platform.storedEvents;
import static ge.mimartva.acceptance.Platform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform on a bad day, through the gateway with real tokens: a body far over any sane size (declared, and sent
 * without its length), a burst far larger than any pool, and a service killed with SIGKILL that nobody restarts by
 * hand. Each ends in a fast 4xx or 503, nothing stored that should not be, every referral filed and notified once.
 */
@Order(11)
class HostileLoadAcceptanceTest {

    static final String OVERSIZED = Platform.referral(false).replace("[\"PHYSICAL\",\"PSYCHOLOGICAL\"]",
            "[" + String.join(",", Collections.nCopies(2_000_000, "\"PHYSICAL\"")) + "]");

    @Test
    void aReferralOf22MegabytesOrNested100000DeepIsRefusedNothingIsStoredAndEveryServiceStaysReady() {
        // (other services' events of earlier tests still join their referrals' chains: count the filings)
        long before = storedEvents("referral", "ReferralFiled");
        String deep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        String deepWithinTheSize = "{\"a\":".repeat(40_000) + "1" + "}".repeat(40_000);

        Platform.Answer declared = post(gateway() + "/api/referrals", "school.vake", OVERSIZED);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.contentType()).startsWith("application/problem+json");
        assertThat(declared.json().get("type").asText()).isEqualTo("urn:mimartva:problem:payload-too-large");
        // Sent without its length, the body is cut off at the limit: this client (which reads the answer only once it
        // has sent everything) sees either the 413 or the connection closed; either way nothing is stored.
        try {
            Platform.Answer chunked = send(HttpRequest.newBuilder(URI.create(gateway() + "/api/referrals"))
                    .header("Authorization", "Bearer " + token("school.vake")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(OVERSIZED.getBytes(StandardCharsets.UTF_8)))).build());
            assertThat(chunked.status()).isEqualTo(413);
        } catch (UncheckedIOException closed) {
            assertThat(closed).hasRootCauseInstanceOf(IOException.class);
        }
        assertThat(post(gateway() + "/api/referrals", "school.vake", deep).status()).isEqualTo(413);
        Platform.Answer nested = post(gateway() + "/api/referrals", "school.vake", deepWithinTheSize);
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.json().get("errors").get(0).get("field").asText()).isEqualTo("body");

        assertThat(storedEvents("referral", "ReferralFiled")).isEqualTo(before);
        for (String service : List.of("referral-service", "victim-status-service", "notification-service")) {
            assertThat(Platform.get(service(service) + "/actuator/health/readiness", null).status())
                    .as(service + " ready").isEqualTo(200);
        }
        assertThat(Platform.fileReferral(false)).as("and the platform files the next one").isNotBlank();
    }

    @Test
    void aBurstOf150FilingsIsAnsweredFastAndEachIsFiledAndNotifiedOnce() throws Exception {
        int burst = 150;
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        List<String> busyWithoutRetryAfter = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(50);
        List<CompletableFuture<Void>> filings = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            String key = UUID.randomUUID().toString();
            String body = Platform.referral(i % 3 == 0).replace("01017012345", String.valueOf(40_000_000_000L + i));
            filings.add(CompletableFuture.runAsync(() -> {
                for (int attempt = 0; attempt < 120; attempt++) {
                    Platform.Answer answer = post(gateway() + "/api/referrals", "school.vake", body, Map.of("Idempotency-Key", key));
                    answers.merge(answer.status(), 1, Integer::sum);
                    if (answer.status() == 201) {
                        accepted.add(answer.json().get("referralId").asText());
                        return;
                    }
                    if (answer.status() != 429 && answer.status() != 503) {
                        throw new AssertionError("a filing of the burst answered " + answer.status() + ": " + answer.body());
                    }
                    String retryAfter = answer.raw().headers().firstValue("Retry-After").orElse(null);
                    if (retryAfter == null) {
                        busyWithoutRetryAfter.add(key);
                    }
                    sleep(retryAfter == null ? 500 : Long.parseLong(retryAfter) * 1000);
                }
                throw new AssertionError("a filing of the burst was never accepted");
            }, clients));
        }
        CompletableFuture.allOf(filings.toArray(CompletableFuture[]::new)).get();
        clients.shutdown();

        System.out.println("BENCHMARK burst of " + burst + " through the gateway, answers by status: " + answers);
        assertThat(busyWithoutRetryAfter).isEmpty();
        assertThat(accepted).hasSize(burst).doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                Platform.stored("notification", Long.class, "select count(*) from domainevententry where payloadtype like '%NotificationIssued' "
                        + "and convert_from(payload, 'UTF8')::jsonb ->> 'ruleId' = 'N1' "
                        + "and convert_from(payload, 'UTF8')::jsonb ->> 'referralId' = any (?)",
                        (Object) accepted.toArray(String[]::new))).as("one N1 for each").isEqualTo(burst));
    }

    @Test
    void aServiceKilledWithSigkillIsStartedAgainByItsSupervisorAndBecomesReady() {
        stack("service-kill", "referral-service");

        // Nobody starts it by hand: its supervisor does, and readiness says when its read models are back.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            try {
                return Platform.get(service("referral-service") + "/actuator/health/readiness", null).status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        });
        assertThat(Platform.fileReferral(true)).isNotBlank();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
