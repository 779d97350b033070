package ge.mimartva.referral;

import ge.mimartva.referral.api.StatutoryClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * referral-service's own metrics: referrals filed, by the kind of body that filed them ({@code mimartva.referrals.filed}),
 * and statutory clocks missed, by clock ({@code mimartva.clocks.missed}). Every series exists from the start, at zero,
 * so that an alert on it is never silent for want of data.
 */
@Component
public class ReferralMetrics {

    /** The kinds of body that file referrals (the prefix of their ids). */
    static final List<String> BODY_TYPES = List.of("SCH", "PRE", "MAN", "MED", "HOT", "MUN", "STATE", "GCB", "MIA-D", "SW");

    private final MeterRegistry meters;

    public ReferralMetrics(MeterRegistry meters) {
        this.meters = meters;
        BODY_TYPES.forEach(type -> filedCounter(type));
        for (StatutoryClock clock : StatutoryClock.values()) {
            missedCounter(clock);
        }
    }

    public void filed(String bodyType) {
        filedCounter(bodyType == null ? "unknown" : bodyType).increment();
    }

    public void clockMissed(StatutoryClock clock) {
        missedCounter(clock).increment();
    }

    private Counter filedCounter(String bodyType) {
        return Counter.builder("mimartva.referrals.filed").tag("body_type", bodyType)
                .description("Referrals filed, by the kind of body that filed them").register(meters);
    }

    private Counter missedCounter(StatutoryClock clock) {
        return Counter.builder("mimartva.clocks.missed").tag("clock", clock.name())
                .description("Statutory clocks that ran out before their step was taken").register(meters);
    }
}
