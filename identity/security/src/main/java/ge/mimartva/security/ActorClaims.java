package ge.mimartva.security;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads an {@link Actor} from the claims the realm puts in every access token. */
public final class ActorClaims {

    public static final String BODY = "body";
    public static final String BODY_TYPE = "body_type";
    public static final String TERRITORY = "territory";

    private ActorClaims() {
    }

    public static Actor fromJwt(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        if (username == null) {
            username = jwt.getClaimAsString("azp");
        }
        return new Actor(jwt.getSubject(), username, roles(jwt), jwt.getClaimAsString(BODY),
                jwt.getClaimAsString(BODY_TYPE), stringList(jwt.getClaims().get(TERRITORY)));
    }

    static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> names) {
            names.forEach(n -> Role.fromRoleName(String.valueOf(n)).ifPresent(roles::add));
        }
        return roles;
    }

    private static List<String> stringList(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
