package ge.mimartva.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ge.mimartva.acceptance.Platform.env;
import static ge.mimartva.acceptance.Platform.gateway;
import static ge.mimartva.acceptance.Platform.get;
import static ge.mimartva.acceptance.Platform.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 24/7 contact point's preservation flow (Lanzarote answers, Q14) end to end, through the gateway with the demo
 * users' real tokens: the German contact point's receipt by e-mail (a real SMTP server, GreenMail), the provider asked
 * by a signed webhook (a real HTTP server verifying each signature), every step in the request's chain with its actor
 * and time; a provider that cannot preserve ends in an offer of urgent MLA, told to the requester by e-mail.
 */
@Order(4)
class PreservationRequestAcceptanceTest {

    static final GreenMail CONTACT_POINT_MAILBOX = new GreenMail(new ServerSetup(
            Integer.parseInt(env("MIMARTVA_TEST_SMTP_PORT", "13025")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static final ProviderSystem PROVIDER = new ProviderSystem();
    static final String DIVISION = "cybercrime.officer";

    @BeforeAll
    static void startTheCounterparts() throws IOException {
        CONTACT_POINT_MAILBOX.start();
        PROVIDER.start(Integer.parseInt(env("MIMARTVA_TEST_PARTNER_PORT", "18099")));
    }

    @AfterAll
    static void stopTheCounterparts() {
        PROVIDER.stop();
        CONTACT_POINT_MAILBOX.stop();
    }

    static String record(String referralId) {
        String body = """
                {"origin":"FOREIGN_CONTACT_POINT","requestingAuthority":"CP247-DE","requesterReference":"DE-%s",
                 "receiptConfirmationRequested":true,%s"offence":"sexual extortion of a child",
                 "serviceProvider":"ISP-SOCIAL-01","dataToPreserve":["account @threatener.de","messages of November 2026"]}
                """.formatted(UUID.randomUUID().toString().substring(0, 8),
                referralId == null ? "" : "\"referralId\":\"" + referralId + "\",");
        Platform.Answer answer = post(gateway() + "/api/preservation-requests", DIVISION, body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("requestId").asText();
    }

    static void step(String requestId, String step, String body) {
        Platform.Answer answer = post(gateway() + "/api/preservation-requests/" + requestId + "/" + step, DIVISION, body);
        assertThat(answer.status()).as(step + ": " + answer.body()).isEqualTo(202);
    }

    static JsonNode awaitStatus(String requestId, String status) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> get(gateway() + "/api/preservation-requests/" + requestId, DIVISION).json(),
                r -> r.path("status").asText().equals(status));
    }

    static List<String> mailsAbout(String requestId) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MimeMessage m : CONTACT_POINT_MAILBOX.getReceivedMessages()) {
            String content = m.getContent().toString();
            if (content.contains("preservation-requests/" + requestId)) {
                assertThat(m.getAllRecipients()[0].toString()).isEqualTo("cp247@bka.test.example");
                bodies.add(content);
            }
        }
        return bodies;
    }

    @Test
    void aForeignRequestIsConfirmedReviewedPreservedByTheProviderAndTheRequesterToldEveryStepInItsChain() throws Exception {
        String referralId = Platform.fileReferral(false, "\"SEXUAL\"");
        long recording = System.nanoTime();
        String requestId = record(referralId);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> mailsAbout(requestId).stream().anyMatch(m -> m.contains("\"PR1\"")));
        long receiptMs = (System.nanoTime() - recording) / 1_000_000;
        step(requestId, "dual-criminality", "{\"approved\":true,\"reasons\":\"sexual extortion is an offence under CC 255\"}");
        long asking = System.nanoTime();
        step(requestId, "provider-request", "{}");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> PROVIDER.received.stream().anyMatch(b -> b.contains(requestId)));
        System.out.printf("BENCHMARK preservation: receipt e-mail in the contact point's mailbox %d ms after recording; "
                + "the provider's signed webhook %d ms after it was asked%n", receiptMs, (System.nanoTime() - asking) / 1_000_000);
        assertThat(PROVIDER.received.stream().filter(b -> b.contains(requestId)).findFirst().orElseThrow())
                .contains("\"ruleId\":\"PR3\"").doesNotContain("threatener", "extortion of a child");
        assertThat(PROVIDER.badSignatures).isZero();
        step(requestId, "provider-answer", "{\"preserved\":true,\"preservedUntil\":\"" + LocalDate.now().plusDays(90)
                + "\",\"providerReference\":\"LE-4411\"}");
        step(requestId, "requester-told", "{\"note\":\"preserved for 90 days; please send the MLA request\"}");
        awaitStatus(requestId, "REQUESTER_TOLD");
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsAbout(requestId).stream().anyMatch(m -> m.contains("\"PR4\"")));

        // every step in the request's chain, with its actor and time, and the deliveries it caused
        JsonNode chain = await().atMost(Duration.ofSeconds(10)).until(
                () -> get(gateway() + "/api/preservation-requests/" + requestId + "/chain", "auditor").json(),
                c -> types(c).containsAll(List.of("PreservationRequestRecorded", "DualCriminalityDecided",
                        "ProviderAskedToPreserve", "DataPreserved", "RequesterToldOfPreservation", "NotificationIssued",
                        "NotificationDelivered")));
        for (JsonNode entry : chain) {
            assertThat(Instant.parse(entry.get("occurredAt").asText())).isBefore(Instant.now().plusSeconds(1));
            if (entry.get("service").asText().equals("referral-service") && !entry.get("type").asText().startsWith("PreservationClock")) {
                assertThat(entry.at("/actor/username").asText()).as(entry.get("type").asText()).isEqualTo(DIVISION);
            }
        }
        // the same steps are in the referral's own chain
        assertThat(types(get(gateway() + "/api/referrals/" + referralId + "/chain", "auditor").json()))
                .contains("ReferralFiled", "PreservationRequestRecorded", "DataPreserved");
        // nobody else learns of it
        assertThat(get(gateway() + "/api/preservation-requests/" + requestId, "police.vake").status()).isEqualTo(404);
        assertThat(get(gateway() + "/api/preservation-requests/" + requestId, "prosecutor").status()).isEqualTo(200);
    }

    @Test
    void aRequestWhoseProviderCannotPreserveEndsInAnOfferOfUrgentMlaToTheRequester() throws Exception {
        String requestId = record(null);
        step(requestId, "dual-criminality", "{\"approved\":true,\"reasons\":\"CC 255\"}");
        step(requestId, "provider-request", "{}");
        Platform.Answer early = post(gateway() + "/api/preservation-requests/" + requestId + "/urgent-mla-offer", DIVISION,
                "{\"note\":\"too early\"}");
        assertThat(early.status()).isEqualTo(409);
        step(requestId, "provider-answer", "{\"preserved\":false,\"reason\":\"the provider keeps these logs 7 days only\"}");
        step(requestId, "urgent-mla-offer", "{\"note\":\"please send an urgent MLA request to the central authority\"}");
        assertThat(awaitStatus(requestId, "URGENT_MLA_OFFERED").path("nextDueAt").isMissingNode()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsAbout(requestId).stream().anyMatch(m -> m.contains("\"PR5\"")));
        // its own chain: the request concerns no referral
        assertThat(types(get(gateway() + "/api/preservation-requests/" + requestId + "/chain", DIVISION).json()))
                .contains("PreservationRequestRecorded", "PreservationUnavailable", "UrgentMlaOffered");
    }

    static List<String> types(JsonNode chain) {
        List<String> types = new ArrayList<>();
        chain.forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    /** A provider's law-enforcement desk: a real HTTP server that checks each signature with the shared secret. */
    static final class ProviderSystem {
        private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),id=([^,]+),v2=([0-9a-f]{64})");
        final List<String> received = new CopyOnWriteArrayList<>();
        volatile int badSignatures;
        private HttpServer server;

        void start(int port) throws IOException {
            String secret = env("MIMARTVA_TEST_PARTNER_SECRET", "isp-social-test-secret-0001");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/preservation", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = SIGNATURE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Mimartva-Signature")));
                if (m.matches() && signature(secret, m.group(1) + "." + m.group(2) + "." + body).equals(m.group(3))) {
                    received.add(body);
                    exchange.sendResponseHeaders(202, -1);
                } else {
                    badSignatures++;
                    exchange.sendResponseHeaders(401, -1);
                }
                exchange.close();
            });
            server.start();
        }

        static String signature(String secret, String signed) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
