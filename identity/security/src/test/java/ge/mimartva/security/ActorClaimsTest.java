package ge.mimartva.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ActorClaimsTest {

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
    }

    @Test
    void readsRolesBodyAndTerritoryFromTheRealmClaims() {
        Jwt jwt = token().claim("preferred_username", "sw.vake")
                .claim("realm_access", Map.of("roles", List.of("social-worker", "offline_access")))
                .claim("body", "SCA-TU-TBILISI-VAKE-SABURTALO").claim("body_type", "SW")
                .claim("territory", List.of("TBILISI-VAKE", "TBILISI-SABURTALO")).build();

        Actor actor = ActorClaims.fromJwt(jwt);

        assertThat(actor.roles()).containsExactly(Role.SOCIAL_WORKER);
        assertThat(actor.body()).isEqualTo("SCA-TU-TBILISI-VAKE-SABURTALO");
        assertThat(actor.serves("TBILISI-SABURTALO")).isTrue();
        assertThat(actor.serves("BATUMI")).isFalse();
        assertThat(actor.mayFileReferrals()).isTrue();
    }

    @Test
    void aSingleTerritoryValueAndMissingRolesAreTolerated() {
        Jwt jwt = token().claim("azp", "mimartva-integrator").claim("territory", "BATUMI").build();

        Actor actor = ActorClaims.fromJwt(jwt);

        assertThat(actor.username()).isEqualTo("mimartva-integrator");
        assertThat(actor.territory()).containsExactly("BATUMI");
        assertThat(actor.roles()).isEmpty();
        assertThat(actor.mayFileReferrals()).isFalse();
    }
}
