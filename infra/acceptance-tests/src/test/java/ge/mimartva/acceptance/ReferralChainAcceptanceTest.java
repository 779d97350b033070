package ge.mimartva.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.stream.StreamSupport;

import static ge.mimartva.acceptance.Platform.VAKE_POLICE;
import static ge.mimartva.acceptance.Platform.VAKE_UNIT;
import static ge.mimartva.acceptance.Platform.fileReferral;
import static ge.mimartva.acceptance.Platform.gateway;
import static ge.mimartva.acceptance.Platform.get;
import static ge.mimartva.acceptance.Platform.inboxItems;
import static ge.mimartva.acceptance.Platform.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One referral travels the whole chain, through the gateway, with real tokens of the demo users. */
@Order(1)
class ReferralChainAcceptanceTest {

    @Test
    void aReferralReachesTheAgencyUnitWithinFiveSecondsAndThePoliceWhenTheChildIsInDanger() {
        String referralId = fileReferral(true);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> inboxItems("sw.vake", referralId).size() == 1);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> inboxItems("police.vake", referralId).size() == 1);

        JsonNode unit = inboxItems("sw.vake", referralId).get(0);
        assertThat(unit.get("ruleId").asText()).isEqualTo("N1");
        assertThat(unit.get("recipientBody").asText()).isEqualTo(VAKE_UNIT);
        JsonNode police = inboxItems("police.vake", referralId).get(0);
        assertThat(police.get("ruleId").asText()).isEqualTo("N2");
        assertThat(police.get("recipientBody").asText()).isEqualTo(VAKE_POLICE);
    }

    /**
     * N19 (Lanzarote answers, Q13-14): abuse through technologies reaches the Cyber Crime Division's inbox; the division
     * opens the referral and reads where the material is. A referral without an online element stays closed to it.
     */
    @Test
    void aReferralWithAnOnlineElementReachesTheCyberCrimeDivisionsInbox() {
        String online = Platform.referral(false, "\"SEXUAL\"").replaceFirst("}\\s*$", """
                ,"onlineElement":{"platform":"Instagram","kinds":["SEXUAL_COERCION_OR_EXTORTION"],
                 "references":["https://instagram.example/threatener","message 1734"]}}""");
        Platform.Answer filed = post(gateway() + "/api/referrals", "school.vake", online);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String referralId = filed.json().get("referralId").asText();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> inboxItems("cybercrime.officer", referralId).size() == 1);
        JsonNode told = inboxItems("cybercrime.officer", referralId).get(0);
        assertThat(told.get("ruleId").asText()).isEqualTo("N19");
        assertThat(told.get("recipientBody").asText()).isEqualTo("MIA-CCD");
        JsonNode referral = get(gateway() + "/api/referrals/" + referralId, "cybercrime.officer").json();
        assertThat(referral.at("/onlineElement/references/0").asText()).isEqualTo("https://instagram.example/threatener");
        assertThat(referral.has("caseFile")).isFalse();

        String offline = fileReferral(false, "\"SEXUAL\"");
        await().atMost(Duration.ofSeconds(5)).until(() -> inboxItems("police.vake", offline).size() == 1);
        assertThat(inboxItems("cybercrime.officer", offline)).isEmpty();
        assertThat(get(gateway() + "/api/referrals/" + offline, "cybercrime.officer").status()).isEqualTo(404);
    }

    @Test
    void withoutImmediateDangerOrASuspectedCrimeThePoliceAreNotAlerted() {
        String referralId = Platform.fileReferral(false, "\"NEGLECT\"");

        await().atMost(Duration.ofSeconds(5)).until(() -> inboxItems("sw.vake", referralId).size() == 1);
        // The police notification would have been issued with the unit's; give it the same time again.
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertThat(inboxItems("police.vake", referralId)).isEmpty();
    }

    /** L 16(1-2): a suspected crime (a child's physical abuse) reaches the police without immediate danger. */
    @Test
    void aSuspectedCrimeReachesThePoliceWithoutImmediateDanger() {
        String referralId = fileReferral(false);
        await().atMost(Duration.ofSeconds(5)).until(() -> inboxItems("police.vake", referralId).stream()
                .anyMatch(n -> n.get("ruleId").asText().equals("N2")));
        // the alert is actionable: the district opens the referral it was told of
        assertThat(get(gateway() + "/api/referrals/" + referralId, "police.vake").status()).isEqualTo(200);
    }

    @Test
    void acknowledgingANotificationChangesItsStatus() {
        String referralId = fileReferral(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> inboxItems("police.vake", referralId).stream()
                .anyMatch(n -> n.get("status").asText().equals("DELIVERED")));
        String notificationId = inboxItems("police.vake", referralId).get(0).get("notificationId").asText();

        Platform.Answer wrongBody = post(gateway() + "/api/notifications/" + notificationId + "/acknowledgement",
                "sw.vake", null);
        Platform.Answer answer = post(gateway() + "/api/notifications/" + notificationId + "/acknowledgement",
                "police.vake", null);

        assertThat(wrongBody.status()).isEqualTo(404);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("ACKNOWLEDGED");
        await().atMost(Duration.ofSeconds(5)).until(() ->
                inboxItems("police.vake", referralId).get(0).get("status").asText().equals("ACKNOWLEDGED"));
        assertThat(inboxItems("police.vake", referralId).get(0).get("acknowledgedBy").asText()).isEqualTo("police.vake");
    }

    @Test
    void theChainListsEveryEventAcrossTheServicesWithOneCorrelationIdAndTheirCausation() {
        String referralId = fileReferral(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> inboxItems("sw.vake", referralId).size() == 1);
        String notificationId = inboxItems("sw.vake", referralId).get(0).get("notificationId").asText();
        post(gateway() + "/api/notifications/" + notificationId + "/acknowledgement", "sw.vake", null);

        // filed, its assignment clock started, two notifications issued and delivered, one acknowledged, and the
        // child's protection record linked
        await().atMost(Duration.ofSeconds(10)).until(() -> chain(referralId).size() == 8);
        List<JsonNode> chain = chain(referralId);

        assertThat(chain).extracting(e -> e.get("correlationId").asText()).containsOnly(referralId);
        JsonNode filed = only(chain, "ReferralFiled");
        assertThat(filed.get("service").asText()).isEqualTo("referral-service");
        assertThat(filed.get("actor").get("username").asText()).isEqualTo("school.vake");
        assertThat(filed.get("actor").get("body").asText()).isEqualTo(Platform.VAKE_SCHOOL);
        assertThat(chain.get(0)).isEqualTo(filed);
        JsonNode clock = only(chain, "StatutoryClockStarted");
        assertThat(clock.get("causationId").asText()).isEqualTo(filed.get("causationId").asText());
        List<JsonNode> issued = all(chain, "NotificationIssued");
        assertThat(issued).hasSize(2).allSatisfy(e -> {
            assertThat(e.get("service").asText()).isEqualTo("notification-service");
            assertThat(e.get("causationId").asText()).isEqualTo(filed.get("eventId").asText());
        });
        List<String> issuedIds = issued.stream().map(e -> e.get("eventId").asText()).toList();
        // An inbox notification is delivered in the act that issues it: the same cause, the same actor.
        assertThat(all(chain, "NotificationDelivered")).hasSize(2).allSatisfy(e -> {
            assertThat(e.get("causationId").asText()).isEqualTo(filed.get("eventId").asText());
            assertThat(e.get("actor").get("username").asText()).isEqualTo("notification-service");
        });
        JsonNode acknowledged = only(chain, "NotificationAcknowledged");
        assertThat(issuedIds).contains(acknowledged.get("causationId").asText());
        assertThat(acknowledged.get("actor").get("username").asText()).isEqualTo("sw.vake");
        JsonNode linked = only(chain, "ReferralLinkedToProtectionRecord");
        assertThat(linked.get("service").asText()).isEqualTo("victim-status-service");
        assertThat(linked.get("causationId").asText()).isEqualTo(filed.get("eventId").asText());
        List<String> times = chain.stream().map(e -> e.get("occurredAt").asText()).toList();
        assertThat(times).isSortedAccordingTo(Comparator.comparing(Instant::parse));
    }

    @Test
    void georgianTextRoundTripsExactly() {
        String referralId = fileReferral(false);

        await().atMost(Duration.ofSeconds(5)).until(() -> get(gateway() + "/api/referrals/" + referralId, "school.vake").status() == 200);
        Platform.Answer answer = get(gateway() + "/api/referrals/" + referralId, "school.vake");

        assertThat(answer.json().get("child").get("firstName").asText()).isEqualTo("ნინო");
        assertThat(answer.json().get("child").get("lastName").asText()).isEqualTo("ბერიძე");
        assertThat(answer.json().get("description").asText())
                .isEqualTo("ბავშვს ხელზე სისხლჩაქცევები აქვს და ამბობს, რომ სახლში ეშინია.");
        assertThat(answer.raw().headers().firstValue("Cache-Control")).contains("no-store");
    }

    /** A benchmark, not an assertion: prints the time from filing to the agency unit's inbox. */
    @Test
    void measureTheLatencyFromFilingToTheInbox() {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            String referralId = fileReferral(i % 2 == 0);
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                    .until(() -> inboxItems("sw.vake", referralId).size() == 1);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf("BENCHMARK filing-to-inbox latency over %d referrals (ms, includes the polling client): "
                        + "min %d, median %d, p95 %d, max %d%n", millis.size(), millis.get(0), millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1));
    }

    /** The steps of the referral's chain: every entry but the reads of the record (which each call adds to). */
    static List<JsonNode> chain(String referralId) {
        return chainWithReads(referralId).stream().filter(e -> !e.get("type").asText().equals("RecordRead")).toList();
    }

    static List<JsonNode> chainWithReads(String referralId) {
        Platform.Answer answer = get(gateway() + "/api/referrals/" + referralId + "/chain", "sw.vake");
        if (answer.status() != 200) {
            return List.of();
        }
        return StreamSupport.stream(answer.json().spliterator(), false).toList();
    }

    private static List<JsonNode> all(List<JsonNode> chain, String type) {
        return chain.stream().filter(e -> e.get("type").asText().equals(type)).toList();
    }

    private static JsonNode only(List<JsonNode> chain, String type) {
        List<JsonNode> found = all(chain, type);
        assertThat(found).as(type).hasSize(1);
        return found.get(0);
    }
}
