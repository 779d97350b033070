package ge.mimartva.notification;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import ge.mimartva.messaging.IntegrationEventPublisher;
import ge.mimartva.messaging.IntegrationMessage;
import ge.mimartva.notification.delivery.SignedWebhook;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.ReferralCaseEvents;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.testsupport.NeedsTestStack;
import ge.mimartva.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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

/** The integrators' feed and webhook subscriptions, fed through the test stack's real RabbitMQ. */
@NeedsTestStack("notification-feed")
@SpringBootTest(properties = "mimartva.integration.allow-local-webhooks=true")
@AutoConfigureMockMvc
class IntegrationFeedIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired IntegrationEventPublisher publisher;

    static final RequestPostProcessor MOES = TestTokens.token("service-account-mimartva-integrator", "integrator",
            "INT-MOES", "INT");
    static final RequestPostProcessor UNLISTED = TestTokens.token("other", "integrator", "INT-OTHER", "INT");
    static final RequestPostProcessor WORKER = TestTokens.token("sw.vake", "social-worker",
            "SCA-TU-TBILISI-VAKE-SABURTALO", "SW");

    static IntegrationMessage event(String referralId, String type, Object payload) {
        return new IntegrationMessage(UUID.randomUUID().toString(), ReferralContract.SOURCE, type, 1, Instant.now(),
                new MessageContext(referralId, "request", "actor", "sw.vake", "social-worker", "SCA-TU-TBILISI-VAKE-SABURTALO"),
                payload);
    }

    static IntegrationMessage filed(String referralId) {
        return event(referralId, ReferralFiledV1.TYPE, new ReferralFiledV1(referralId, "SCH-1", "SCH", "TBILISI-VAKE",
                List.of(Concern.NEGLECT), false, "subject-" + referralId, Instant.now()));
    }

    static IntegrationMessage filedBy(String referralId, String body, String bodyType) {
        return event(referralId, ReferralFiledV1.TYPE, new ReferralFiledV1(referralId, body, bodyType, "TBILISI-VAKE",
                List.of(Concern.NEGLECT), false, "subject-" + referralId, Instant.now()));
    }

    static IntegrationMessage closed(String referralId) {
        return event(referralId, ReferralCaseEvents.CaseClosedV1.TYPE, new ReferralCaseEvents.CaseClosedV1(referralId,
                "SCA-TU-TBILISI-VAKE-SABURTALO", "SCH-1", List.of(), ge.mimartva.referral.api.ClosureReason.RISK_REMOVED,
                null, Instant.now()));
    }

    static IntegrationMessage assigned(String referralId) {
        return event(referralId, ReferralCaseEvents.CaseAssignedV1.TYPE, new ReferralCaseEvents.CaseAssignedV1(referralId,
                "SCA-TU-TBILISI-VAKE-SABURTALO", "sw.vake", Instant.now()));
    }

    String page(String after) throws Exception {
        return mvc.perform(get("/api/integration/events?limit=500&after=" + after).with(MOES))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The ids of the referrals whose events of {@code type} a page holds. */
    static List<String> referralsIn(String page, String type) {
        return JsonPath.read(page, "$.events[?(@.type == '" + type + "')].data.referralId");
    }

    @Test
    void anIntegratorReadsTheFeedFromTheStartThenFromItsCursorEachEventOnceAndNothingElse() throws Exception {
        String first = UUID.randomUUID().toString();
        IntegrationMessage firstFiled = filed(first);
        publisher.publishConfirmed(firstFiled);
        publisher.publishConfirmed(firstFiled); // delivered twice
        publisher.publishConfirmed(assigned(first)); // not for this integrator
        await().atMost(Duration.ofSeconds(10)).until(() -> referralsIn(page("0"), "ge.mimartva.referral.ReferralFiled.v1").contains(first));

        String fromStart = page("0");
        assertThat(referralsIn(fromStart, "ge.mimartva.referral.ReferralFiled.v1")).containsOnlyOnce(first);
        List<String> types = JsonPath.read(fromStart, "$.events[*].type");
        assertThat(types).doesNotContain("ge.mimartva.referral.CaseAssigned.v1")
                .allMatch(t -> t.startsWith("ge.mimartva.referral.ReferralFiled") || t.startsWith("ge.mimartva.notification.NotificationIssued"));
        assertThat(fromStart).doesNotContain("childSubjectId").doesNotContain("subject-" + first);
        assertThat((String) JsonPath.read(fromStart, "$.events[0].specversion")).isEqualTo("1.0");
        String cursor = JsonPath.read(fromStart, "$.next");

        String second = UUID.randomUUID().toString();
        publisher.publishConfirmed(filed(second));
        await().atMost(Duration.ofSeconds(10)).until(() -> referralsIn(page(cursor), "ge.mimartva.referral.ReferralFiled.v1").contains(second));
        assertThat(referralsIn(page(cursor), "ge.mimartva.referral.ReferralFiled.v1")).containsExactly(second);

        assertThat(JsonPath.<List<Object>>read(mvc.perform(get("/api/integration/events").with(UNLISTED))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.events")).isEmpty();
        mvc.perform(get("/api/integration/events").with(WORKER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/integration/events?after=x").with(MOES)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("after"));
    }

    @Test
    void aSubscriptionReceivesTheEventsItAskedForSignedWithItsOwnSecret() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        List<String> secrets = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Pattern signature = Pattern.compile("t=(\\d+),id=([^,]+),v2=([0-9a-f]{64})");
        receiver.createContext("/events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = signature.matcher(String.valueOf(exchange.getRequestHeaders().getFirst(SignedWebhook.SIGNATURE_HEADER)));
            boolean valid = m.matches() && !secrets.isEmpty()
                    && SignedWebhook.signature(secrets.get(0), Long.parseLong(m.group(1)), m.group(2), body).equals(m.group(3));
            if (valid) {
                received.add(JsonPath.read(body, "$.data.referralId"));
            }
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/events";
            mvc.perform(post("/api/integration/subscriptions").with(MOES).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"url\":\"" + url + "\",\"eventTypes\":[\"referral.CaseAssigned\"]}"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("eventTypes"));
            String created = mvc.perform(post("/api/integration/subscriptions").with(MOES).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"url\":\"" + url + "\",\"eventTypes\":[\"referral.ReferralFiled\"]}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            secrets.add(JsonPath.read(created, "$.secret"));

            String referralId = UUID.randomUUID().toString();
            IntegrationMessage event = filed(referralId);
            publisher.publishConfirmed(event);
            publisher.publishConfirmed(event);
            publisher.publishConfirmed(assigned(referralId));

            await().atMost(Duration.ofSeconds(15)).until(() -> received.contains(referralId));
            Thread.sleep(1500);
            assertThat(received).containsOnlyOnce(referralId);
            mvc.perform(get("/api/integration/subscriptions").with(MOES)).andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].secret").doesNotExist());
        } finally {
            receiver.stop(0);
        }
    }

    /** However many an integrator asks for, it has at most ten subscriptions. */
    @Test
    void anIntegratorHasAtMostTenSubscriptions() throws Exception {
        List<String> made = new java.util.ArrayList<>();
        try {
            while (JsonPath.<Integer>read(mvc.perform(get("/api/integration/subscriptions").with(MOES))
                    .andReturn().getResponse().getContentAsString(), "$.length()") < 10) {
                made.add(JsonPath.read(mvc.perform(post("/api/integration/subscriptions").with(MOES)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"url\":\"http://127.0.0.1:9/events\",\"eventTypes\":[\"referral.ReferralFiled\"]}"))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.subscriptionId"));
            }
            mvc.perform(post("/api/integration/subscriptions").with(MOES).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"url\":\"http://127.0.0.1:9/events\",\"eventTypes\":[\"referral.ReferralFiled\"]}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].message").value(
                            "your client has 10 subscriptions, the most it may have: remove one first"));
        } finally {
            for (String id : made) {
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/integration/subscriptions/" + id).with(MOES)).andExpect(status().isNoContent());
            }
        }
    }

    /** MoES's grant is a filter on records: the referrals educational institutions filed, not a clinic's. */
    @Test
    void anIntegratorSeesTheRecordsItsGrantsCoverNotWholeEventTypes() throws Exception {
        String school = UUID.randomUUID().toString();
        String clinic = UUID.randomUUID().toString();
        publisher.publishConfirmed(filed(school));
        publisher.publishConfirmed(filedBy(clinic, "MED-TBILISI-VAKE-003", "MED"));
        publisher.publishConfirmed(closed(school));
        publisher.publishConfirmed(closed(clinic));

        await().atMost(Duration.ofSeconds(10)).until(() -> referralsIn(page("0"), "ge.mimartva.referral.CaseClosed.v1")
                .contains(school));
        String page = page("0");
        assertThat(referralsIn(page, "ge.mimartva.referral.ReferralFiled.v1")).contains(school).doesNotContain(clinic);
        assertThat(referralsIn(page, "ge.mimartva.referral.CaseClosed.v1")).contains(school).doesNotContain(clinic);
        assertThat(page).doesNotContain(clinic);

        String asyncApi = mvc.perform(get("/api/integration/asyncapi").with(MOES)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(asyncApi).contains("ReferralFiled").doesNotContain("CaseAssigned").doesNotContain("ProtectionLookup");
    }
}
