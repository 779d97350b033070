package ge.mimartva.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
        try (InputStream in = NationalBodies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("national bodies file missing: " + RESOURCE);
            }
            Map<String, Territory.Body> byRole = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                } else if (!line.isBlank()) {
                    List<String> f = CsvLine.split(line);
                    byRole.put(f.get(0), new Territory.Body(f.get(1), f.get(2)));
                }
            }
            return new NationalBodies(byRole);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
