package ge.mimartva.acceptance;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static ge.mimartva.acceptance.Platform.gateway;
import static ge.mimartva.acceptance.Platform.post;
import static ge.mimartva.acceptance.Platform.referral;
import static ge.mimartva.acceptance.Platform.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One W3C trace runs through a filing's whole chain: the caller's {@code traceparent} reaches the gateway, referral-service
 * (the command and the stored {@code ReferralFiled}), RabbitMQ's headers, and what the other services record because
 * of it (notification-service's N1 and N2, victim-status-service's protection record).
 */
class TracingAcceptanceTest {

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static long eventsInTrace(String database, String type, String traceId) {
        Long count = stored(database, Long.class, "select count(*) from domainevententry where payloadtype like ? "
                + "and convert_from(metadata, 'UTF8') like ?", "%" + type, "%" + traceId + "%");
        return count == null ? 0 : count;
    }

    @Test
    void everyServiceLogsOneJsonObjectPerLineNeverPlainText() throws IOException {
        Path logs = Path.of(System.getProperty("mimartva.stack.script", "../local/stack.sh")).toAbsolutePath()
                .getParent().getParent().getParent().resolve(".local/test/logs");
        Pattern plainBootLine = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\S+\\s+(TRACE|DEBUG|INFO|WARN|ERROR) \\d+ --- ");
        for (String service : new String[]{"referral-service", "victim-status-service", "notification-service", "portal", "gateway"}) {
            List<String> lines = Files.readAllLines(logs.resolve(service + ".log"));
            assertThat(lines).as(service).anyMatch(line -> line.startsWith("{\"@timestamp\""));
            assertThat(lines).as(service).noneMatch(line -> plainBootLine.matcher(line).find());
        }
    }

    @Test
    void aFilingsWholeChainCarriesTheTraceItWasSentIn() {
        String traceId = hex(16);
        Platform.Answer filed = post(gateway() + "/api/referrals", "school.vake", referral(true),
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "traceparent", "00-" + traceId + "-" + hex(8) + "-01"));
        assertThat(filed.status()).isEqualTo(201);

        assertThat(eventsInTrace("referral", "ReferralFiled", traceId)).as("referral-service's ReferralFiled").isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(eventsInTrace("notification", "NotificationIssued", traceId)).as("N1 and N2 issued").isEqualTo(2);
            assertThat(eventsInTrace("victim_status", "%", traceId)).as("the child's protection record").isPositive();
        });
    }
}
