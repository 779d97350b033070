package ge.mimartva.testsupport;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/** A token with the platform's claims, for a service's MockMvc tests (the real Keycloak is tested end to end). */
public final class TestTokens {

    private TestTokens() {
    }

    public static RequestPostProcessor token(String username, String role, String body, String bodyType,
                                             String... territory) {
        return jwt().jwt(j -> j.subject("id-" + username + "-" + body).claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(role))).claim("body", body).claim("body_type", bodyType)
                .claim("territory", List.of(territory)));
    }
}
