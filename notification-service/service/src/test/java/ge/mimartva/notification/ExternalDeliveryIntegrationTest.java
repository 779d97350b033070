package ge.mimartva.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import ge.mimartva.messaging.IntegrationEventPublisher;
import ge.mimartva.messaging.IntegrationMessage;
import ge.mimartva.notification.delivery.DeliveryDispatcher;
import ge.mimartva.notification.delivery.DeliveryJobs;
import ge.mimartva.notification.delivery.SignedWebhook;
import ge.mimartva.notification.delivery.WebhookSender;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.PreservationRequestEvents;
import ge.mimartva.referral.api.PreservationRequestEvents.PreservationRequestRecordedV1;
import ge.mimartva.referral.api.PreservationRequestEvents.ProviderAskedToPreserveV1;
import ge.mimartva.referral.api.PreservationRequests;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.testsupport.NeedsTestStack;
import ge.mimartva.testsupport.TestTokens;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * External channels against real protocol servers: the police district's system is a real HTTP server that verifies
 * every signature and is down for a while (15 s by default); the agency unit receives e-mail through GreenMail's SMTP
 * server.
 */
@NeedsTestStack("notification-delivery")
@SpringBootTest
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalDeliveryIntegrationTest {

    static final String VAKE_UNIT = "SCA-TU-TBILISI-VAKE-SABURTALO";
    static final String VAKE_POLICE = "MIA-D-TBILISI-VAKE-SABURTALO";
    static final String SECRET = "vake-police-webhook-secret-0001";
    /**
     * How long the police system is down: 15 s outlasts the configured backoff (5 s at most) and the circuit's wait
     * (5 s) several times over, which is what the test proves; a longer soak sets {@code -Dmimartva.delivery.outage}.
     */
    static final Duration OUTAGE = Duration.parse(System.getProperty("mimartva.delivery.outage", "PT15S"));

    static final int WEBHOOK_PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static final AgencySystem POLICE_SYSTEM = new AgencySystem();

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void testStack(DynamicPropertyRegistry registry) throws IOException {
        Path channels = Files.createTempFile("recipient-channels", ".json");
        Files.writeString(channels, """
                {"version":"test","description":"the police district by webhook, the agency unit by e-mail","bodies":[
                  {"body":"%s","name":"Vake-Saburtalo police","webhook":{"url":"http://127.0.0.1:%d/mimartva","secret":"vake-police"}},
                  {"body":"%s","name":"Vake-Saburtalo unit","email":"duty.vake@agency.demo.mimartva.example"},
                  {"body":"CP247-DE","name":"24/7 contact point of Germany","email":"cp247@bka.demo.example"},
                  {"body":"ISP-SOCIAL-01","name":"a social network's desk","webhook":{"url":"http://127.0.0.1:%d/mimartva","secret":"isp-social"}}]}
                """.formatted(VAKE_POLICE, WEBHOOK_PORT, VAKE_UNIT, WEBHOOK_PORT));
        registry.add("mimartva.notification.channels", () -> "file:" + channels);
        registry.add("mimartva.notification.webhook-secrets.vake-police", () -> SECRET);
        registry.add("mimartva.notification.webhook-secrets.isp-social", () -> SECRET);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("mimartva.delivery.max-backoff", () -> "PT5S");
        registry.add("mimartva.delivery.open-circuit-wait", () -> "PT5S");
    }

    @Autowired IntegrationEventPublisher publisher;
    @Autowired DeliveryJobs jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @AfterAll
    static void stopServers() {
        POLICE_SYSTEM.stop();
        SMTP.stop();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    IntegrationMessage referralInDanger(String referralId) {
        return new IntegrationMessage(UUID.randomUUID().toString(), ReferralContract.SOURCE, ReferralFiledV1.TYPE,
                ReferralFiledV1.VERSION, Instant.now(),
                new MessageContext(referralId, "request-1", "reporter-1", "school.vake", "school-reporter", "SCH-1"),
                new ReferralFiledV1(referralId, "SCH-1", "SCH", "TBILISI-VAKE", List.of(Concern.PHYSICAL), true,
                        UUID.randomUUID().toString(), Instant.now()));
    }

    @Test
    @Order(1)
    void anAgencySystemDownForAWhileGetsEveryNotificationOnceInOrderAndSigned() throws Exception {
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String referralId = UUID.randomUUID().toString();
            filed.add(referralId);
            publisher.publishConfirmed(referralInDanger(referralId));
        }
        Instant outageEnds = Instant.now().plus(OUTAGE);
        // While the police system is down: the unit's e-mails all go out.
        await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.getReceivedMessages().length == 10);
        long waited = Duration.between(Instant.now(), outageEnds).toMillis();
        if (waited > 0) {
            Thread.sleep(waited);
        }
        assertThat(POLICE_SYSTEM.received).isEmpty();
        POLICE_SYSTEM.start(WEBHOOK_PORT);
        Instant back = Instant.now();

        await().atMost(Duration.ofSeconds(60)).until(() -> POLICE_SYSTEM.received.size() >= 10);
        Thread.sleep(3000); // time for a duplicate to arrive, were there one
        System.out.printf("BENCHMARK webhook after a %d s outage: all 10 delivered %d ms after the receiver came back%n",
                OUTAGE.toSeconds(), Duration.between(back, POLICE_SYSTEM.lastAt).toMillis());

        assertThat(POLICE_SYSTEM.received).hasSize(10);
        assertThat(POLICE_SYSTEM.badSignatures).isZero();
        assertThat(POLICE_SYSTEM.duplicatesRefused).as("sent twice").isZero();
        assertThat(POLICE_SYSTEM.received.stream().map(Delivery::idempotencyKey).distinct()).hasSize(10);
        assertThat(POLICE_SYSTEM.received.stream().map(Delivery::referralId).toList()).isEqualTo(filed);
        assertThat(SMTP.getReceivedMessages()).hasSize(10);
        List<String> messageIds = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            messageIds.add(m.getMessageID());
            assertThat(m.getSubject()).doesNotContain("ნინო");
        }
        assertThat(messageIds).doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from domainevententry where payloadtype like '%NotificationDelivered'", Long.class) == 40);
    }

    @Test
    @Order(2)
    void anOperatorListsParkedDeliveriesAndSendsOneAgain() throws Exception {
        String jobId = "parked-" + UUID.randomUUID();
        jobs.add(jobId, UUID.randomUUID().toString(), UUID.randomUUID().toString(), VAKE_POLICE, WebhookSender.CHANNEL,
                "http://127.0.0.1:" + WEBHOOK_PORT + "/mimartva", "{\"referralId\":\"parked\"}", Instant.now().plusSeconds(3600));
        jobs.parked(jobId, "HTTP 500");
        var admin = TestTokens.token("admin", "administrator", "MIMARTVA-OPERATIONS", "OPS");
        var worker = TestTokens.token("sw.vake", "social-worker", VAKE_UNIT, "SW");

        mvc.perform(get("/api/admin/deliveries").with(worker)).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/deliveries?status=PARKED").with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.jobId == '" + jobId + "')].lastFailure").value("HTTP 500"));
        mvc.perform(post("/api/admin/deliveries/" + jobId + "/redelivery").with(admin)).andExpect(status().isAccepted());
        mvc.perform(post("/api/admin/deliveries/" + jobId + "/redelivery").with(admin)).andExpect(status().isConflict());

        await().atMost(Duration.ofSeconds(20)).until(() -> POLICE_SYSTEM.received.stream()
                .anyMatch(d -> d.idempotencyKey().equals(jobId)));
    }

    @Test
    @Order(3)
    void anAttemptIsTakenByOneInstanceOnlyAndByAnotherOnceItsLeasePassed() {
        String jobId = "leased-" + UUID.randomUUID();
        Instant now = Instant.now().plusSeconds(3600);   // after every other job: the dispatcher of this test leaves it
        jobs.add(jobId, null, UUID.randomUUID().toString(), VAKE_POLICE, WebhookSender.CHANNEL,
                "http://127.0.0.1:" + WEBHOOK_PORT + "/mimartva", "{\"referralId\":\"leased\"}", now);
        Instant lease = now.plus(DeliveryDispatcher.ATTEMPT_LEASE);

        assertThat(jobs.claim(jobId, now, lease)).as("the first instance").isTrue();
        assertThat(jobs.claim(jobId, now, lease)).as("the second instance, meanwhile").isFalse();
        assertThat(jobs.claim(jobId, lease.plusSeconds(1), lease.plusSeconds(61))).as("after the first one died").isTrue();
        jobs.parked(jobId, "test");
        assertThat(jobs.claim(jobId, lease.plusSeconds(3600), lease.plusSeconds(3660))).as("a parked job").isFalse();
    }

    /**
     * The 24/7 contact point's preservation request: the German contact point asked for a receipt and gets it by
     * e-mail (PR1); the provider is asked by signed webhook (PR3). Each names the request, never its data.
     */
    @Test
    @Order(4)
    void aPreservationRequestsReceiptGoesByEMailAndTheProviderIsAskedBySignedWebhook() throws Exception {
        String requestId = UUID.randomUUID().toString();
        MessageContext context = new MessageContext(requestId, "request-1", "officer-1", "cybercrime.officer",
                "cyber-crime-investigator", "MIA-CCD");
        int mailsBefore = SMTP.getReceivedMessages().length;
        publisher.publishConfirmed(new IntegrationMessage(UUID.randomUUID().toString(), ReferralContract.SOURCE,
                PreservationRequestRecordedV1.TYPE, PreservationRequestRecordedV1.VERSION, Instant.now(), context,
                new PreservationRequestRecordedV1(requestId, null, PreservationRequests.Origin.FOREIGN_CONTACT_POINT,
                        "CP247-DE", "ISP-SOCIAL-01", true, Instant.now())));
        publisher.publishConfirmed(new IntegrationMessage(UUID.randomUUID().toString(), ReferralContract.SOURCE,
                ProviderAskedToPreserveV1.TYPE, ProviderAskedToPreserveV1.VERSION, Instant.now(), context,
                new ProviderAskedToPreserveV1(requestId, null, "ISP-SOCIAL-01", Instant.now())));

        await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.getReceivedMessages().length > mailsBefore);
        MimeMessage receipt = SMTP.getReceivedMessages()[SMTP.getReceivedMessages().length - 1];
        assertThat(receipt.getAllRecipients()[0].toString()).isEqualTo("cp247@bka.demo.example");
        assertThat(receipt.getContent().toString()).contains("\"ruleId\":\"PR1\"",
                "preservation-requests/" + requestId);
        await().atMost(Duration.ofSeconds(30)).until(() -> POLICE_SYSTEM.received.stream()
                .anyMatch(d -> d.body().contains("preservation-requests/" + requestId)));
        Delivery asked = POLICE_SYSTEM.received.stream().filter(d -> d.body().contains(requestId)).findFirst().orElseThrow();
        assertThat(asked.body()).contains("\"ruleId\":\"PR3\"", "\"recipientBody\":\"ISP-SOCIAL-01\"");
        assertThat(POLICE_SYSTEM.badSignatures).isZero();
    }

    record Delivery(String idempotencyKey, String referralId, String body) {
    }

    /** An agency's system: a real HTTP server that checks each signature with the shared secret. */
    static final class AgencySystem {
        private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),id=([^,]+),v2=([0-9a-f]{64})");
        private static final Pattern REFERRAL = Pattern.compile("\"referralId\":\"([^\"]+)\"");
        final List<Delivery> received = new CopyOnWriteArrayList<>();
        final java.util.Set<String> seen = Collections.synchronizedSet(new java.util.HashSet<>());
        volatile int badSignatures;
        volatile int duplicatesRefused;
        volatile Instant lastAt;
        private HttpServer server;

        void start(int port) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/mimartva", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String key = exchange.getRequestHeaders().getFirst(SignedWebhook.IDEMPOTENCY_HEADER);
                Matcher m = SIGNATURE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst(SignedWebhook.SIGNATURE_HEADER)));
                boolean valid = m.matches() && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(m.group(1))) < 300
                        && SignedWebhook.signature(SECRET, Long.parseLong(m.group(1)), m.group(2), body).equals(m.group(3));
                if (!valid) {
                    badSignatures++;
                    exchange.sendResponseHeaders(401, -1);
                } else if (seen.add(key)) { // the receiver's own idempotency: a repeated key is taken once
                    Matcher referral = REFERRAL.matcher(body);
                    received.add(new Delivery(key, referral.find() ? referral.group(1) : null, body));
                    lastAt = Instant.now();
                    exchange.sendResponseHeaders(202, -1);
                } else {
                    duplicatesRefused++;
                    exchange.sendResponseHeaders(409, -1);
                }
                exchange.close();
            });
            server.start();
        }

        void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
