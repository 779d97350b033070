package ge.mimartva.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The national bodies that receive notifications (MIA's Information-Analytical Department and Service Agency,
 * LEPL 112, the Prosecutor's Office, the Victim Identification Group), by the role they play, from the versioned
 * {@code national-bodies.csv}.
 */
public final class NationalBodies {

    private static final String RESOURCE = "/ge/mimartva/reference/national-bodies.csv";

    private final Map<String, Territory.Body> byRole;

    private NationalBodies(Map<String, Territory.Body> byRole) {
        this.byRole = Collections.unmodifiableMap(byRole);
    }

    public static NationalBodies bundled() {
        Map<String, Territory.Body> byRole = new LinkedHashMap<>();
        CsvLine.rowsOf(RESOURCE).forEach(f -> byRole.put(f.get(0), new Territory.Body(f.get(1), f.get(2))));
        return new NationalBodies(byRole);
    }

    /** The body playing {@code role} (e.g. {@code PROSECUTORS_OFFICE}). */
    public Optional<Territory.Body> inRole(String role) {
        return Optional.ofNullable(byRole.get(role));
    }

    /**
     * The body to which the institution {@code bodyId} answers for failing to refer (L 14¹(2)), by the kind of
     * institution its id names ({@code SCH-…} a school, {@code PRE-…} a kindergarten, {@code MED-…} a clinic,
     * {@code MAN-…} the resource officers); empty for a kind of body with no supervisor in the file.
     */
    public Optional<Territory.Body> supervisorOf(String bodyId) {
        int dash = bodyId == null ? -1 : bodyId.indexOf('-');
        return dash <= 0 ? Optional.empty() : inRole("SUPERVISES_" + bodyId.substring(0, dash));
    }

    /** A national body by its id. */
    public Optional<Territory.Body> find(String bodyId) {
        return byRole.values().stream().filter(b -> b.id().equals(bodyId)).findFirst();
    }
}
