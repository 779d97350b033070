package ge.mimartva.referral.command;

import ge.mimartva.reference.GeorgianTime;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import ge.mimartva.referral.api.StatutoryClock;
import ge.mimartva.referral.api.Urgency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The effective-dated policy of the statutory clocks: for each clock, versions of its rule (duration per urgency,
 * legal basis), each in force from a Georgian date. A clock takes the version in force when it starts and
 * records it, so a later change of the policy never rewrites the history of a running or past clock.
 */
public final class StatutoryClockPolicy {

    /** The rule a clock runs on. */
    public record ClockRule(StatutoryClock clock, String version, String legalBasis, boolean assumption,
                            Duration duration) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RuleVersion(StatutoryClock clock, String version, LocalDate effectiveFrom, String legalBasis,
                       boolean assumption, Map<Urgency, Duration> durations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PolicyFile(List<RuleVersion> rules) {
    }

    private final Map<StatutoryClock, List<RuleVersion>> versions = new EnumMap<>(StatutoryClock.class);

    private StatutoryClockPolicy(List<RuleVersion> rules) {
        for (RuleVersion rule : rules) {
            if (rule.clock() == null || rule.version() == null || rule.effectiveFrom() == null
                    || rule.legalBasis() == null || rule.durations() == null) {
                throw new IllegalArgumentException("A clock rule names its clock, version, effective date, legal basis and durations");
            }
            for (Urgency urgency : Urgency.values()) {
                Duration d = rule.durations().get(urgency);
                if (d == null || d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("Rule " + rule.version() + " has no positive duration for " + urgency);
                }
            }
            versions.computeIfAbsent(rule.clock(), c -> new java.util.ArrayList<>()).add(rule);
        }
        versions.values().forEach(list -> list.sort(Comparator.comparing(RuleVersion::effectiveFrom).reversed()));
        for (StatutoryClock clock : StatutoryClock.values()) {
            if (!versions.containsKey(clock)) {
                throw new IllegalArgumentException("The clock policy has no rule for " + clock);
            }
        }
    }

    public static StatutoryClockPolicy read(InputStream json) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        try {
            return new StatutoryClockPolicy(mapper.readValue(json, PolicyFile.class).rules());
        } catch (IOException e) {
            throw new UncheckedIOException("The statutory clock policy is not readable", e);
        }
    }

    /** The policy shipped with the service. */
    public static StatutoryClockPolicy bundled() {
        return fromClasspath("/policy/statutory-clocks.json");
    }

    public static StatutoryClockPolicy fromClasspath(String resource) {
        try (InputStream in = StatutoryClockPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No clock policy at " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule of {@code clock} in force at {@code at}, with its duration for {@code urgency}. */
    public ClockRule ruleFor(StatutoryClock clock, Urgency urgency, Instant at) {
        LocalDate day = GeorgianTime.dateOf(at);
        RuleVersion rule = versions.get(clock).stream()
                .filter(v -> !v.effectiveFrom().isAfter(day))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No rule of " + clock + " is in force on " + day));
        return new ClockRule(clock, rule.version(), rule.legalBasis(), rule.assumption(), rule.durations().get(urgency));
    }
}
