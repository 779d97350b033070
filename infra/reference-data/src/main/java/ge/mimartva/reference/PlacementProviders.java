package ge.mimartva.reference;

import java.util.List;
import java.util.Optional;

/**
 * Where a child separated from the family is placed (L 14(1-2)): the State Care Agency's foster care services, small
 * family-type homes and crisis centres, from the versioned {@code placement-providers.csv}. N8 tells the provider the
 * separation decision names.
 */
public final class PlacementProviders {

    private static final String RESOURCE = "/ge/mimartva/reference/placement-providers.csv";

    /** A provider: its id is also the {@code body} claim of its staff; {@code name} is in English. */
    public record Provider(String id, String kind, String name, String nameKa, String regionIso) {

        public Territory.Body body() {
            return new Territory.Body(id, name);
        }
    }

    private final List<Provider> providers;

    private PlacementProviders(List<Provider> providers) {
        this.providers = List.copyOf(providers);
    }

    public static PlacementProviders bundled() {
        return new PlacementProviders(CsvLine.rowsOf(RESOURCE).stream()
                .map(f -> new Provider(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4))).toList());
    }

    public Optional<Provider> find(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public List<Provider> all() {
        return providers;
    }
}
