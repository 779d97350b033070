package ge.mimartva.referral.command;

import ge.mimartva.referral.api.StatutoryClock;
import ge.mimartva.referral.api.Urgency;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The clock policy is effective-dated: a clock takes the rule version in force (Tbilisi date) when it starts. */
class StatutoryClockPolicyTest {

    private static String rule(String clock, String version, String from, String urgent, String standard) {
        return """
                {"clock":"%s","version":"%s","effectiveFrom":"%s","legalBasis":"basis of %s","assumption":true,
                 "durations":{"URGENT":"%s","STANDARD":"%s"}}""".formatted(clock, version, from, version, urgent, standard);
    }

    private static StatutoryClockPolicy policy(String... assignRules) {
        StringBuilder rules = new StringBuilder(String.join(",", assignRules));
        for (StatutoryClock clock : StatutoryClock.values()) {
            if (clock != StatutoryClock.T_ASSIGN) {
                rules.append(',').append(rule(clock.name(), clock + "/1", "2016-09-12", "P1D", "P2D"));
            }
        }
        return StatutoryClockPolicy.read(new ByteArrayInputStream(("{\"rules\":[" + rules + "]}").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theVersionInForceOnTheTbilisiDateTheClockStartsApplies() {
        StatutoryClockPolicy policy = policy(rule("T_ASSIGN", "a1", "2016-09-12", "PT1H", "PT3H"),
                rule("T_ASSIGN", "a2", "2027-01-01", "PT30M", "PT2H"));

        // 2026-12-31T20:30Z is already 1 January 2027 in Tbilisi (UTC+4).
        assertThat(policy.ruleFor(StatutoryClock.T_ASSIGN, Urgency.URGENT, Instant.parse("2026-12-31T19:30:00Z")).version()).isEqualTo("a1");
        StatutoryClockPolicy.ClockRule newer = policy.ruleFor(StatutoryClock.T_ASSIGN, Urgency.STANDARD, Instant.parse("2026-12-31T20:30:00Z"));
        assertThat(newer.version()).isEqualTo("a2");
        assertThat(newer.duration()).isEqualTo(Duration.ofHours(2));
        assertThat(newer.legalBasis()).isEqualTo("basis of a2");
    }

    @Test
    void theBundledPolicyHasEveryClockMarkedAsAnAssumption() {
        StatutoryClockPolicy bundled = StatutoryClockPolicy.bundled();
        for (StatutoryClock clock : StatutoryClock.values()) {
            StatutoryClockPolicy.ClockRule rule = bundled.ruleFor(clock, Urgency.STANDARD, Instant.parse("2026-11-23T09:00:00Z"));
            assertThat(rule.assumption()).as(clock.name()).isTrue();
            assertThat(rule.legalBasis()).as(clock.name()).isNotBlank();
        }
    }

    @Test
    void aPolicyWithoutARuleForEveryClockIsRefused() {
        assertThatThrownBy(() -> StatutoryClockPolicy.read(new ByteArrayInputStream(
                ("{\"rules\":[" + rule("T_ASSIGN", "a1", "2016-09-12", "PT1H", "PT3H") + "]}").getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("no rule for");
    }

    @Test
    void aRuleWithoutADurationForEachUrgencyIsRefused() {
        assertThatThrownBy(() -> policy(rule("T_ASSIGN", "a1", "2016-09-12", "PT0S", "PT3H")))
                .hasMessageContaining("no positive duration for URGENT");
    }

    @Test
    void beforeAnyVersionIsInForceThereIsNoRule() {
        StatutoryClockPolicy policy = policy(rule("T_ASSIGN", "a1", "2016-09-12", "PT1H", "PT3H"));
        assertThatThrownBy(() -> policy.ruleFor(StatutoryClock.T_ASSIGN, Urgency.URGENT, Instant.parse("2010-01-01T00:00:00Z")))
                .isInstanceOf(IllegalStateException.class);
    }
}
