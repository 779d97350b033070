package ge.mimartva.statistics.facts;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One preservation request of the 24/7 contact point: who sent it, the provider, when it was recorded, and when each
 * of its steps was taken ({@code steps}: {@link #STEPS}; a missed clock is the step {@code CLOCK_MISSED}, its first
 * time). No data of the request: its counts and its times only.
 */
@Document("preservation_facts")
public record PreservationFact(@Id String requestId, String requestingAuthority, String serviceProvider,
                               Instant recordedAt, Map<String, Instant> steps) {

    public static final String APPROVED = "APPROVED";
    public static final String REFUSED = "REFUSED";
    public static final String PROVIDER_ASKED = "PROVIDER_ASKED";
    public static final String PRESERVED = "PRESERVED";
    public static final String UNAVAILABLE = "UNAVAILABLE";
    public static final String REQUESTER_TOLD = "REQUESTER_TOLD";
    public static final String URGENT_MLA_OFFERED = "URGENT_MLA_OFFERED";
    public static final String CLOCK_MISSED = "CLOCK_MISSED";

    public static PreservationFact unknown(String requestId) {
        return new PreservationFact(requestId, null, null, null, Map.of());
    }

    public PreservationFact recorded(String requestingAuthority, String serviceProvider, Instant at) {
        return new PreservationFact(requestId, requestingAuthority, serviceProvider, at, steps);
    }

    /** The step taken at {@code at}; a step already known keeps its first time. */
    public PreservationFact stepTaken(String step, Instant at) {
        if (steps.containsKey(step)) {
            return this;
        }
        Map<String, Instant> more = new LinkedHashMap<>(steps);
        more.put(step, at);
        return new PreservationFact(requestId, requestingAuthority, serviceProvider, recordedAt, more);
    }

    /** When the step was taken, if it was by {@code asOf}. */
    public Optional<Instant> stepAsOf(String step, Instant asOf) {
        return Optional.ofNullable(steps.get(step)).filter(at -> !at.isAfter(asOf));
    }
}
