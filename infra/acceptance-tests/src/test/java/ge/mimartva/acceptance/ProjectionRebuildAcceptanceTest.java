package ge.mimartva.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static ge.mimartva.acceptance.Platform.fileReferral;
import static ge.mimartva.acceptance.Platform.gateway;
import static ge.mimartva.acceptance.Platform.get;
import static ge.mimartva.acceptance.Platform.inboxItems;
import static ge.mimartva.acceptance.Platform.post;
import static ge.mimartva.acceptance.Platform.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An administrator resets each service's projections; the read models rebuilt from the event stores equal the live ones. */
@Order(6)
class ProjectionRebuildAcceptanceTest {

    @Test
    void resettingEveryProjectionRebuildsReadModelsEqualToTheLiveOnes() {
        String referralId = fileReferral(true);
        await().atMost(Duration.ofSeconds(10)).until(() -> ReferralChainAcceptanceTest.chain(referralId).size() == 7);
        JsonNode referral = get(gateway() + "/api/referrals/" + referralId, "sw.vake").json();
        Instant snapshot = Instant.now();
        List<JsonNode> unitInbox = inboxAsOf("sw.vake", snapshot);
        List<JsonNode> policeInbox = inboxAsOf("police.vake", snapshot);
        List<JsonNode> chain = ReferralChainAcceptanceTest.chain(referralId);

        replay("referral-service", "referral-projection");
        replay("referral-service", "chain-projection");
        replay("notification-service", "inbox-projection");
        replay("victim-status-service", "protection-record-projection");
        // while they are rebuilt, a read is answered with the referral or told to retry, never "no such referral"
        Platform.Answer whileRebuilt = get(gateway() + "/api/referrals/" + referralId, "sw.vake");
        assertThat(whileRebuilt.status()).as(whileRebuilt.body()).isIn(200, 503);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get(gateway() + "/api/referrals/" + referralId, "sw.vake").json()).isEqualTo(referral);
            assertThat(inboxAsOf("sw.vake", snapshot)).isEqualTo(unitInbox);
            assertThat(inboxAsOf("police.vake", snapshot)).isEqualTo(policeInbox);
            assertThat(ReferralChainAcceptanceTest.chain(referralId)).isEqualTo(chain);
        });
        assertThat(inboxItems("sw.vake", referralId)).hasSize(1);
    }

    @Test
    void onlyAnAdministratorMayRebuildReadModels() {
        assertThat(post(service("referral-service") + "/api/admin/projections/referral-projection/replay", "sw.vake", null)
                .status()).isEqualTo(403);
        assertThat(post(service("referral-service") + "/api/admin/projections/integration-event-relay/replay", "admin", null)
                .status()).isEqualTo(404);
    }

    /**
     * The caller's inbox as it was at {@code snapshot}: the order clocks of earlier tests (seconds long on the
     * acceptance stack) may add notifications while the projections replay.
     */
    private static List<JsonNode> inboxAsOf(String username, Instant snapshot) {
        List<JsonNode> items = new java.util.ArrayList<>();
        Platform.wholeInbox(username).forEach(item -> {
            if (!Instant.parse(item.get("issuedAt").asText()).isAfter(snapshot)) {
                items.add(item);
            }
        });
        return items;
    }

    private static void replay(String service, String projection) {
        Platform.Answer answer = post(service(service) + "/api/admin/projections/" + projection + "/replay", "admin", null);
        assertThat(answer.status()).as(service + " " + projection).isEqualTo(202);
    }
}
