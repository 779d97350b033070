package ge.mimartva.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Who acts: a person (or an integrator's client, or a platform service) with their roles, the body they act for and
 * the territory (municipality codes) that body serves. Built from the access token's claims.
 *
 * @param id        the token subject (Keycloak user id), or {@code service:<name>} for the platform itself
 * @param username  login name of the member of staff (never a child's data)
 * @param roles     platform roles held
 * @param body      id of the body acted for, e.g. {@code SCH-TBILISI-VAKE-0051} or {@code SCA-TU-TBILISI-VAKE-SABURTALO}
 * @param bodyType  type code of that body (SCH, PRE, MED, SW, MIA-D, ...)
 * @param territory municipality codes the body serves (empty for national bodies)
 */
public record Actor(String id, String username, Set<Role> roles, String body, String bodyType, List<String> territory) {

    public Actor {
        roles = Set.copyOf(roles);
        territory = List.copyOf(territory);
    }

    public static Actor service(String serviceName) {
        return new Actor("service:" + serviceName, serviceName, Set.of(), serviceName, "PLATFORM", List.of());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    public boolean mayFileReferrals() {
        return roles.stream().anyMatch(Role::mayFileReferrals);
    }

    public boolean actsFor(String bodyId) {
        return body != null && body.equals(bodyId);
    }

    public boolean serves(String municipalityCode) {
        return territory.contains(municipalityCode);
    }

    /** The role that best names this actor in an audit trail (the first platform role, by declaration order). */
    public String primaryRole() {
        return roles.stream().sorted().map(Role::roleName).findFirst().orElse("none");
    }
}
