package ge.mimartva.referral.command.preservation;

import ge.mimartva.referral.api.PreservationRequests.Step;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long each step of a preservation request may take ({@code mimartva.preservation.clocks.<step>}). "Given the
 * nature of preservation requests, they are all treated as urgent" (Lanzarote answers, Q14) — the seeds give no
 * figure, so every duration is an assumption [A], configurable per deployment.
 */
@ConfigurationProperties("mimartva.preservation")
public record PreservationClocks(Map<Step, Duration> clocks) {

    static final String BASIS = "Lanzarote answers Q14: every preservation request is urgent; [A] duration configured";

    /**
     * [A] defaults: a day to review, four hours for the central authority, two hours from the approval to the
     * provider, a day for the provider, two hours to answer the requester.
     */
    public static final Map<Step, Duration> DEFAULTS = Map.of(Step.REVIEW, Duration.ofHours(24),
            Step.CENTRAL_AUTHORITY_ANSWER, Duration.ofHours(4), Step.PROVIDER_REQUEST, Duration.ofHours(2),
            Step.PROVIDER_ANSWER, Duration.ofHours(24), Step.REQUESTER_ANSWER, Duration.ofHours(2));

    public PreservationClocks {
        Map<Step, Duration> all = new EnumMap<>(Step.class);
        all.putAll(DEFAULTS);
        if (clocks != null) {
            all.putAll(clocks);
        }
        all.forEach((step, duration) -> {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("mimartva.preservation.clocks." + step + " must be a positive duration");
            }
        });
        clocks = Map.copyOf(all);
    }

    public Duration of(Step step) {
        return clocks.get(step);
    }
}
