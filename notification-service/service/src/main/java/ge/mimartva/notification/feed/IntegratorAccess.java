package ge.mimartva.notification.feed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which integration events each integrator may see, by the body its client acts for: a versioned configuration file
 * ({@code mimartva.integration.access}). An integrator not listed sees nothing.
 */
public final class IntegratorAccess {

    record Integrator(String body, String name, List<String> eventTypes) {
    }

    record AccessFile(String version, String description, List<Integrator> integrators) {
    }

    private final Map<String, Set<String>> typesByBody;

    private IntegratorAccess(AccessFile file) {
        this.typesByBody = file.integrators().stream()
                .collect(Collectors.toUnmodifiableMap(Integrator::body, i -> Set.copyOf(i.eventTypes())));
    }

    public static IntegratorAccess load(InputStream json) {
        try {
            return new IntegratorAccess(new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(json, AccessFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("The integrator access file is not valid", e);
        }
    }

    /** The event types ({@code <source>.<Type>}) the integrator acting for {@code body} may see. */
    public Set<String> eventTypesOf(String body) {
        return typesByBody.getOrDefault(body, Set.of());
    }
}
