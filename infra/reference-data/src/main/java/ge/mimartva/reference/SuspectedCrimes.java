package ge.mimartva.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The concerns (by the name of the referral's {@code Concern}) that, reported, make a crime suspected, each with the
 * provisions of the Criminal Code it points to, from the versioned {@code suspected-crimes.csv}. The police district
 * is told of such a referral even without immediate danger (L 16(1-2), N2), and may read it.
 */
public final class SuspectedCrimes {

    private static final String RESOURCE = "/ge/mimartva/reference/suspected-crimes.csv";

    private final Map<String, String> provisionsByConcern;

    private SuspectedCrimes(Map<String, String> provisionsByConcern) {
        this.provisionsByConcern = Map.copyOf(provisionsByConcern);
    }

    public static SuspectedCrimes bundled() {
        Map<String, String> provisions = new LinkedHashMap<>();
        CsvLine.rowsOf(RESOURCE).forEach(f -> provisions.put(f.get(0), f.get(1)));
        return new SuspectedCrimes(provisions);
    }

    /** Whether any of the reported concerns (their names) makes a crime suspected. */
    public boolean anyAmong(Collection<String> concerns) {
        return concerns != null && concerns.stream().anyMatch(provisionsByConcern::containsKey);
    }

    /** The Criminal Code provisions a concern points to, when it makes a crime suspected. */
    public Optional<String> provisionsFor(String concern) {
        return Optional.ofNullable(provisionsByConcern.get(concern));
    }
}
