package ge.mimartva.notification.feed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.security.Actor;
import ge.mimartva.security.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each integrator may see, by the body its client acts for, from a versioned configuration file
 * ({@code mimartva.integration.access}): grants by record, not by type. A grant names an event type and, optionally,
 * the kinds of body whose referrals it covers ({@code reportingBodyTypes}): the Ministry of Education sees the events of
 * the referrals educational institutions filed, never a clinic's. An integrator not listed sees nothing.
 */
public final class IntegratorAccess {

    /** One event type, of every referral or only of those filed by the listed kinds of body. */
    public record Grant(String eventType, List<String> reportingBodyTypes) {

        public Grant {
            reportingBodyTypes = reportingBodyTypes == null ? List.of() : List.copyOf(reportingBodyTypes);
        }

        /** Whether the grant covers an event of its type about a referral filed by a body of {@code filedBy}. */
        public boolean covers(Optional<String> filedBy) {
            return reportingBodyTypes.isEmpty() || filedBy.filter(reportingBodyTypes::contains).isPresent();
        }
    }

    record Integrator(String body, String name, List<Grant> grants) {
    }

    record AccessFile(String version, String description, List<Integrator> integrators) {
    }

    private final Map<String, List<Grant>> grantsByBody;

    private IntegratorAccess(AccessFile file) {
        this.grantsByBody = file.integrators().stream()
                .collect(Collectors.toUnmodifiableMap(Integrator::body, i -> List.copyOf(i.grants())));
    }

    public static IntegratorAccess load(InputStream json) {
        try {
            return new IntegratorAccess(new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(json, AccessFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("The integrator access file is not valid", e);
        }
    }

    /** Whether the caller is an integrator's client (the rest of the platform's staff read the AsyncAPI document whole). */
    public static boolean isIntegrator(Actor actor) {
        return actor.hasRole(Role.INTEGRATOR);
    }

    /** The grants of the integrator acting for {@code body}. */
    public List<Grant> grantsOf(String body) {
        return grantsByBody.getOrDefault(body, List.of());
    }

    /** The event types ({@code <source>.<Type>}) of which the integrator acting for {@code body} may see some. */
    public Set<String> eventTypesOf(String body) {
        return grantsOf(body).stream().map(Grant::eventType).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the integrator may see this event; {@code filedBy} finds the kind of body that filed a referral. */
    public boolean mayReceive(String body, FeedEntry entry, Function<String, Optional<String>> filedBy) {
        return grantsOf(body).stream().filter(g -> g.eventType().equals(entry.qualifiedType()))
                .anyMatch(g -> g.covers(entry.correlationId() == null ? Optional.empty() : filedBy.apply(entry.correlationId())));
    }
}
