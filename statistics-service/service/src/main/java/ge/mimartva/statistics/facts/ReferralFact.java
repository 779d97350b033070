package ge.mimartva.statistics.facts;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the figures need of one referral, and nothing that identifies a child: where and by what kind of body it was
 * filed, about what, the child's age band, its urgency and owning unit over time, when each step of its procedure was
 * first taken, the clocks it missed and its closures. Every value with the time the platform learned it.
 */
@Document("referral_facts")
public record ReferralFact(@Id String referralId, Instant filedAt, String reportingBodyType, String municipality,
                           String region, List<String> concerns, boolean immediateDanger, String ageBand,
                           List<Known<String>> urgency, List<Known<String>> units, Map<String, Known<Instant>> steps,
                           List<Known<String>> clocksMissed, List<Known<String>> closures) {

    /** The steps whose first time is counted (the procedure's order). */
    public enum Step { REGISTERED, LINKED_TO_CASE, REDIRECTED, ASSIGNED, FIRST_CONTACT, ASSESSED, DECIDED }

    /** A referral known so far only by events of its later steps (they may be received before its filing). */
    public static ReferralFact unknown(String referralId) {
        return new ReferralFact(referralId, null, null, null, null, List.of(), false, null, List.of(), List.of(),
                Map.of(), List.of(), List.of());
    }

    /** The filing's facts, kept with whatever was learned of the referral before. */
    public ReferralFact filed(Instant filedAt, String reportingBodyType, String municipality, String region,
                              List<String> concerns, boolean immediateDanger, String ageBand, String unit) {
        List<Known<String>> owners = unit == null ? units : adding(units, new Known<>(unit, filedAt));
        return new ReferralFact(referralId, filedAt, reportingBodyType, municipality, region, List.copyOf(concerns),
                immediateDanger, ageBand, urgency, owners, steps, clocksMissed, closures);
    }

    /** The first time a step was taken; taken again later (after a transfer, a reopening), the first time stays. */
    public ReferralFact stepTaken(Step step, Instant at, Instant knownAt) {
        if (steps.containsKey(step.name())) {
            return this;
        }
        Map<String, Known<Instant>> more = new LinkedHashMap<>(steps);
        more.put(step.name(), new Known<>(at, knownAt));
        return new ReferralFact(referralId, filedAt, reportingBodyType, municipality, region, concerns, immediateDanger,
                ageBand, urgency, units, more, clocksMissed, closures);
    }

    public ReferralFact urgencySet(String value, Instant knownAt) {
        return new ReferralFact(referralId, filedAt, reportingBodyType, municipality, region, concerns, immediateDanger,
                ageBand, adding(urgency, new Known<>(value, knownAt)), units, steps, clocksMissed, closures);
    }

    public ReferralFact ownedBy(String unit, Instant knownAt) {
        return new ReferralFact(referralId, filedAt, reportingBodyType, municipality, region, concerns, immediateDanger,
                ageBand, urgency, adding(units, new Known<>(unit, knownAt)), steps, clocksMissed, closures);
    }

    public ReferralFact clockMissed(String clock, Instant knownAt) {
        return new ReferralFact(referralId, filedAt, reportingBodyType, municipality, region, concerns, immediateDanger,
                ageBand, urgency, units, steps, adding(clocksMissed, new Known<>(clock, knownAt)), closures);
    }

    public ReferralFact closed(String reason, Instant knownAt) {
        return new ReferralFact(referralId, filedAt, reportingBodyType, municipality, region, concerns, immediateDanger,
                ageBand, urgency, units, steps, clocksMissed, adding(closures, new Known<>(reason, knownAt)));
    }

    /** The same value learned at the same time again (an event handled twice) is not added twice. */
    private static <T> List<Known<T>> adding(List<Known<T>> values, Known<T> value) {
        if (values.contains(value)) {
            return values;
        }
        List<Known<T>> more = new ArrayList<>(values);
        more.add(value);
        return more;
    }

    // ---- as of an instant

    public boolean filedBy(Instant asOf) {
        return filedAt != null && !filedAt.isAfter(asOf);
    }

    /** The latest value learned by {@code asOf}. */
    private static <T> Optional<T> latest(List<Known<T>> values, Instant asOf) {
        return values.stream().filter(v -> v.knownBy(asOf)).max(Comparator.comparing(Known::knownAt)).map(Known::value);
    }

    public Optional<String> urgencyAsOf(Instant asOf) {
        return latest(urgency, asOf);
    }

    public Optional<String> unitAsOf(Instant asOf) {
        return latest(units, asOf);
    }

    public Optional<Instant> stepAsOf(Step step, Instant asOf) {
        Known<Instant> taken = steps.get(step.name());
        return taken != null && taken.knownBy(asOf) ? Optional.of(taken.value()) : Optional.empty();
    }

    public boolean missedBy(String clock, Instant asOf) {
        return clocksMissed.stream().anyMatch(c -> c.value().equals(clock) && c.knownBy(asOf));
    }

    public List<Known<String>> closuresAsOf(Instant asOf) {
        return closures.stream().filter(c -> c.knownBy(asOf)).toList();
    }
}
