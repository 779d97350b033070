package ge.mimartva.acceptance;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static ge.mimartva.acceptance.Platform.fileReferral;
import static ge.mimartva.acceptance.Platform.gateway;
import static ge.mimartva.acceptance.Platform.get;
import static ge.mimartva.acceptance.Platform.stack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Nothing lost, nothing duplicated: the broker stopped, and notification-service killed while it consumes. */
@Order(7)
class ResilienceAcceptanceTest {

    @Test
    void referralsFiledWhileTheBrokerIsDownYieldTheirNotificationsOnceItIsBack() {
        List<String> inDanger = new ArrayList<>();
        List<String> notInDanger = new ArrayList<>();
        stack("broker-stop");
        try {
            for (int i = 0; i < 20; i++) {
                (i % 2 == 0 ? inDanger : notInDanger).add(file(i % 2 == 0)); // each answered 201
            }
        } finally {
            stack("broker-start");
        }

        assertEveryReferralNotifiedExactlyOnce(inDanger, notInDanger, Duration.ofSeconds(90));
    }

    @Test
    void killingNotificationServiceWhileItConsumesLosesAndDuplicatesNothing() throws Exception {
        List<String> inDanger = new ArrayList<>();
        List<String> notInDanger = new ArrayList<>();
        CompletableFuture<Void> filing = CompletableFuture.runAsync(() -> {
            // 134 referrals, every other one in danger: a burst of 201 notifications (134 N1, 67 N2)
            for (int i = 0; i < 134; i++) {
                String id = file(i % 2 == 0);
                synchronized (inDanger) {
                    (i % 2 == 0 ? inDanger : notInDanger).add(id);
                }
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> { synchronized (inDanger) { return inDanger.size() >= 8; } });

        stack("service-kill", "notification-service"); // SIGKILL: no shutdown hook, no graceful ack
        filing.get();
        stack("service-start", "notification-service");

        assertEveryReferralNotifiedExactlyOnce(inDanger, notInDanger, Duration.ofSeconds(90));
    }

    /**
     * In danger: physical abuse, so the police are told (N2); otherwise neglect, which is no suspected crime, so only
     * the agency unit is.
     */
    private static String file(boolean inDanger) {
        return inDanger ? fileReferral(true) : fileReferral(false, "\"NEGLECT\"");
    }

    private static void assertEveryReferralNotifiedExactlyOnce(List<String> inDanger, List<String> notInDanger,
                                                               Duration within) {
        List<String> all = new ArrayList<>(inDanger);
        all.addAll(notInDanger);
        await().atMost(within).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, Long> unit = countByReferral("sw.vake");
            Map<String, Long> police = countByReferral("police.vake");
            assertThat(all).allSatisfy(id -> assertThat(unit.get(id)).as("agency unit, referral " + id).isEqualTo(1L));
            assertThat(inDanger).allSatisfy(id -> assertThat(police.get(id)).as("police, referral " + id).isEqualTo(1L));
            assertThat(notInDanger).allSatisfy(id -> assertThat(police.get(id)).as("police, referral " + id).isNull());
        });
        // Still exactly once after everything settled: no late duplicate.
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        Map<String, Long> unit = countByReferral("sw.vake");
        assertThat(all).allSatisfy(id -> assertThat(unit.get(id)).isEqualTo(1L));
    }

    private static Map<String, Long> countByReferral(String username) {
        Map<String, Long> counts = new HashMap<>();
        Platform.wholeInbox(username).forEach(n -> counts.merge(n.get("referralId").asText(), 1L, Long::sum));
        return counts;
    }
}
