package ge.mimartva.victimstatus;

import ge.mimartva.testsupport.NeedsTestStack;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.security.Actor;
import ge.mimartva.security.Role;
import ge.mimartva.testsupport.TestStack;
import ge.mimartva.victimstatus.api.AppealingParty;
import ge.mimartva.victimstatus.api.ProhibitedMatter;
import ge.mimartva.victimstatus.api.ServiceMethod;
import ge.mimartva.victimstatus.order.OrderCommands;
import ge.mimartva.victimstatus.order.OrderCommands.IssueRestrainingOrder;
import ge.mimartva.victimstatus.order.OrderEvents;
import ge.mimartva.victimstatus.order.Party;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;



/**
 * An order's clocks are deadlines in PostgreSQL: scheduled by one run of the service, they fire in the next. The law's
 * 3-day appeal window (from service on the party) and the 24 hours to submit a surveillance protocol, and the warning
 * before expiry, are shortened to seconds through configuration.
 */
@NeedsTestStack
class OrderClocksRestartTest {

    private static final ZoneId TBILISI = ZoneId.of("Asia/Tbilisi");
    private static final Actor POLICE = new Actor("police-1", "police.vake", Set.of(Role.POLICE_OFFICER),
            "MIA-D-TBILISI-VAKE-SABURTALO", "MIA-D", List.of("TBILISI-VAKE"));

    private static ConfigurableApplicationContext startService(Duration expiryAlertLead) {
        Map<String, Object> properties = new HashMap<>(TestStack.properties("victim-status-clock"));
        properties.put("server.port", 0);
        properties.put("mimartva.orders.appeal-window", "PT6S");
        properties.put("mimartva.orders.protocol-submission", "PT6S");
        properties.put("mimartva.orders.expiry-alert-lead", expiryAlertLead.toString());
        properties.put("db-scheduler.polling-interval", "500ms");
        return new SpringApplicationBuilder(VictimStatusServiceApplication.class)
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
    }

    @Test
    void theAppealWindowTheSurveillanceSubmissionAndTheExpiryWarningFireAfterARestart() {
        String orderId = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(TBILISI);
        Instant endOfToday = today.plusDays(1).atStartOfDay(TBILISI).toInstant();
        // The warning is due 8 seconds from now (unless the day ends sooner: then it is not scheduled, and the
        // expiry itself comes first; the test then only checks the two legal clocks).
        Duration lead = Duration.between(Instant.now().plusSeconds(8), endOfToday);
        boolean warningExpected = !lead.isNegative();
        Instant issuedAt;
        try (ConfigurableApplicationContext first = startService(warningExpected ? lead : Duration.ofDays(5))) {
            issuedAt = Instant.now();
            IssueRestrainingOrder issue = new IssueRestrainingOrder(orderId, null, POLICE.body(), POLICE.id(), issuedAt,
                    "Vake", "threats", new Party("თამარ", "გელაშვილი", null, null, "TBILISI-VAKE", null, null, "no documents"),
                    new Party("გიორგი", "გელაშვილი", null, null, null, null, null, "he fled"),
                    Set.of(ProhibitedMatter.NO_APPROACH, ProhibitedMatter.ELECTRONIC_SURVEILLANCE), today, Set.of(),
                    false, false, true, null, true, null, "the victim consented");
            send(first, orderId, issue);
            send(first, orderId, new OrderCommands.RecordService(orderId, AppealingParty.ABUSER, Instant.now(),
                    ServiceMethod.HANDED_OVER, POLICE.id()));
            assertThat(count(first, orderId, OrderEvents.AppealWindowClosed.class)).isZero();
        }
        try (ConfigurableApplicationContext second = startService(warningExpected ? lead : Duration.ofDays(5))) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                assertThat(count(second, orderId, OrderEvents.AppealWindowClosed.class)).isEqualTo(1);
                assertThat(count(second, orderId, OrderEvents.SurveillanceEnded.class)).isEqualTo(1);
                if (warningExpected) {
                    assertThat(count(second, orderId, OrderEvents.OrderExpiryApproaching.class)).isEqualTo(1);
                }
            });
            System.out.printf("BENCHMARK order clocks across a restart: appeal window and surveillance submission due 6 s"
                    + " after issue, all escalated %d ms after issue%n", Duration.between(issuedAt, Instant.now()).toMillis());
        }
    }

    private static void send(ConfigurableApplicationContext context, String orderId, Object command) {
        var message = GenericCommandMessage.asCommandMessage(command);
        context.getBean(CommandGateway.class).sendAndWait(message.andMetaData(
                MessageContext.of(POLICE, orderId, message.getIdentifier()).asMap()));
    }

    private static long count(ConfigurableApplicationContext context, String orderId, Class<?> type) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from domainevententry where aggregateidentifier = ? and payloadtype = ?", Long.class,
                orderId, type.getName());
    }
}
