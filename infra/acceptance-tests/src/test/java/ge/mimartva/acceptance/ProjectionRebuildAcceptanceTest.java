package ge.mimartva.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
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
        JsonNode unitInbox = get(gateway() + "/api/notifications?limit=500", "sw.vake").json();
        JsonNode policeInbox = get(gateway() + "/api/notifications?limit=500", "police.vake").json();
        List<JsonNode> chain = ReferralChainAcceptanceTest.chain(referralId);

        replay("referral-service", "referral-projection");
        replay("referral-service", "chain-projection");
        replay("notification-service", "inbox-projection");
        replay("victim-status-service", "protection-record-projection");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get(gateway() + "/api/referrals/" + referralId, "sw.vake").json()).isEqualTo(referral);
            assertThat(get(gateway() + "/api/notifications?limit=500", "sw.vake").json()).isEqualTo(unitInbox);
            assertThat(get(gateway() + "/api/notifications?limit=500", "police.vake").json()).isEqualTo(policeInbox);
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

    private static void replay(String service, String projection) {
        Platform.Answer answer = post(service(service) + "/api/admin/projections/" + projection + "/replay", "admin", null);
        assertThat(answer.status()).as(service + " " + projection).isEqualTo(202);
    }
}
