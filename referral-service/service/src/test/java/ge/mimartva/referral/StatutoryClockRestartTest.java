package ge.mimartva.referral;

import ge.mimartva.testsupport.NeedsTestStack;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.command.Child;
import ge.mimartva.referral.command.FileReferral;
import ge.mimartva.referral.command.ReferralEvents.StatutoryClockMissed;
import ge.mimartva.security.Actor;
import ge.mimartva.testsupport.TestStack;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A statutory clock is a deadline persisted in PostgreSQL: scheduled by one run of the service, it still fires, and
 * escalates, in the next run. The test policy makes the assignment clock 6 seconds long.
 */
@NeedsTestStack
class StatutoryClockRestartTest {

    private static final Actor REPORTER = new Actor("reporter-id", "school.vake", Set.of(ge.mimartva.security.Role.SCHOOL_REPORTER),
            "SCH-TBILISI-VAKE-051", "SCH", List.of("TBILISI-VAKE"));

    /** Starts the service on the test stack (settings as arguments: they take precedence over application.yml). */
    private static ConfigurableApplicationContext startService() {
        Map<String, Object> properties = new HashMap<>(TestStack.properties("referral-clock"));
        properties.put("server.port", 0);
        properties.put("mimartva.referral.clock-policy", "classpath:policy/seconds-clocks.json");
        properties.put("db-scheduler.polling-interval", "500ms");
        return new SpringApplicationBuilder(ReferralServiceApplication.class)
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
    }

    @Test
    void aClockScheduledBeforeARestartEscalatesAfterIt() {
        String referralId = UUID.randomUUID().toString();
        Instant filedAt;
        try (ConfigurableApplicationContext first = startService()) {
            filedAt = Instant.now();
            FileReferral filing = new FileReferral(referralId, REPORTER.body(), "SCH", REPORTER.id(),
                    new Child("ნინო", "ბერიძე", null, LocalDate.of(2015, 3, 14), null, "TBILISI-VAKE"), "subject-x",
                    List.of(Concern.NEGLECT), "observed", false, null, null, null, "SCA-TU-TBILISI-VAKE-SABURTALO", filedAt);
            var message = GenericCommandMessage.asCommandMessage(filing);
            first.getBean(CommandGateway.class).sendAndWait(message.andMetaData(
                    MessageContext.of(REPORTER, referralId, message.getIdentifier()).asMap()));
            assertThat(scheduledClocks(first)).isPositive();
            assertThat(escalations(first, referralId)).as("not yet due when the service stops").isZero();
        }
        // The service is down; the clock is due 6 s after filing, while it is down or just after it is back.
        try (ConfigurableApplicationContext second = startService()) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> escalations(second, referralId) == 1);
            Instant escalatedAt = Instant.now();
            assertThat(escalatedAt).isAfter(filedAt.plusSeconds(6));
            System.out.printf("BENCHMARK clock across a restart: due %s after filing, escalation seen %d ms after it was due%n",
                    "6 s", Duration.between(filedAt.plusSeconds(6), escalatedAt).toMillis());
        }
    }

    private static long scheduledClocks(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("select count(*) from scheduled_tasks", Long.class);
    }

    private static long escalations(ConfigurableApplicationContext context, String referralId) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from domainevententry where aggregateidentifier = ? and payloadtype = ?", Long.class,
                referralId, StatutoryClockMissed.class.getName());
    }
}
