package ge.mimartva.reference;

import java.util.List;
import java.util.Optional;

/**
 * The Cyber Crime Division's cooperation partners, from the versioned {@code cooperation-partners.csv}: foreign 24/7
 * contact points, service providers asked to preserve data, and the police cooperation channels.
 */
public final class CooperationPartners {

    private static final String RESOURCE = "/ge/mimartva/reference/cooperation-partners.csv";

    /** A foreign 24/7 contact point, a provider asked to preserve data, or a police cooperation channel. */
    public enum Kind { CONTACT_POINT, SERVICE_PROVIDER, INTERPOL, EUROPOL }

    /** A partner: its id names it in requests and in the recipient-channels file; {@code name} is in English. */
    public record Partner(String id, Kind kind, String name, String nameKa, String countryIso) {

        public Territory.Body body() {
            return new Territory.Body(id, name);
        }
    }

    private final List<Partner> partners;

    private CooperationPartners(List<Partner> partners) {
        this.partners = List.copyOf(partners);
    }

    public static CooperationPartners bundled() {
        return new CooperationPartners(CsvLine.rowsOf(RESOURCE).stream()
                .map(f -> new Partner(f.get(0), Kind.valueOf(f.get(1)), f.get(2), f.get(3), f.get(4))).toList());
    }

    public Optional<Partner> find(String id) {
        return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The partner {@code id}, when it is of {@code kind}. */
    public Optional<Partner> find(String id, Kind kind) {
        return find(id).filter(p -> p.kind() == kind);
    }

    public List<Partner> all() {
        return partners;
    }
}
