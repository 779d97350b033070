package ge.mimartva.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ge.mimartva.acceptance.Platform.fileReferral;
import static ge.mimartva.acceptance.Platform.gateway;
import static ge.mimartva.acceptance.Platform.integratorToken;
import static ge.mimartva.acceptance.Platform.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo integrator (client credentials, a real Keycloak token) reads the feed of integration events. */
@Order(5)
class IntegratorFeedAcceptanceTest {

    /** One page of the feed; like any integrator, it waits as told when over its rate limit. */
    private static JsonNode page(String after) {
        Platform.Answer answer = send(HttpRequest.newBuilder(URI.create(gateway() + "/api/integration/events?limit=500&after=" + after))
                .header("Authorization", "Bearer " + integratorToken()).GET().build());
        if (answer.status() == 429) {
            try {
                Thread.sleep(1000L * Long.parseLong(answer.raw().headers().firstValue("Retry-After").orElse("1")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return page(after);
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** Reads the whole feed from {@code after}, page by page; answers the events and the last cursor. */
    private static List<JsonNode> readAll(String after, String[] cursor) {
        List<JsonNode> events = new ArrayList<>();
        String next = after;
        while (true) {
            JsonNode page = page(next);
            page.get("events").forEach(events::add);
            if (page.get("events").isEmpty()) {
                cursor[0] = page.get("next").asText();
                return events;
            }
            next = page.get("next").asText();
        }
    }

    private static List<String> filedReferrals(List<JsonNode> events) {
        return events.stream().filter(e -> e.get("type").asText().equals("ge.mimartva.referral.ReferralFiled.v1"))
                .map(e -> e.get("data").get("referralId").asText()).toList();
    }

    @Test
    void anIntegratorReadsFromTheStartThenFromItsCursorEachEventOnceAndNothingItMayNotSee() {
        String first = fileReferral(false);
        String[] cursor = new String[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> filedReferrals(readAll("0", cursor)).contains(first));

        List<JsonNode> fromStart = readAll("0", cursor);
        assertThat(filedReferrals(fromStart)).containsOnlyOnce(first).doesNotHaveDuplicates();
        assertThat(fromStart.stream().map(e -> e.get("id").asText()).toList()).doesNotHaveDuplicates();
        assertThat(fromStart).allSatisfy(e -> {
            assertThat(e.get("specversion").asText()).isEqualTo("1.0");
            assertThat(e.get("type").asText()).isIn("ge.mimartva.referral.ReferralFiled.v1",
                    "ge.mimartva.referral.ReferralRegistered.v1", "ge.mimartva.referral.CaseClosed.v1",
                    "ge.mimartva.notification.NotificationIssued.v1", "ge.mimartva.notification.NotificationAcknowledged.v1");
            assertThat(e.get("data").has("childSubjectId")).isFalse();
        });
        assertThat(fromStart.toString()).doesNotContain("ნინო").doesNotContain("01017012345");
        String afterFirst = cursor[0];

        // a clinic's referral is not the Ministry of Education's to see: its grants are by record
        Platform.Answer clinic = Platform.post(gateway() + "/api/referrals", "clinic.vake",
                Platform.referral(false).replace(Platform.VAKE_SCHOOL, "MED-TBILISI-VAKE-003"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(clinic.status()).as(clinic.body()).isEqualTo(201);
        String second = fileReferral(true);
        await().atMost(Duration.ofSeconds(10)).until(() -> filedReferrals(readAll(afterFirst, cursor)).contains(second));
        List<JsonNode> fromCursor = readAll(afterFirst, cursor);
        assertThat(filedReferrals(fromCursor)).containsExactly(second);
        assertThat(fromCursor.toString()).doesNotContain(clinic.json().get("referralId").asText());
    }

    @Test
    void aStaffMemberIsNotAnIntegrator() {
        assertThat(Platform.get(gateway() + "/api/integration/events", "sw.vake").status()).isEqualTo(403);
        assertThat(Platform.get(gateway() + "/api/integration/asyncapi", "sw.vake").json().get("asyncapi").asText())
                .isEqualTo("3.0.0");
    }
}
