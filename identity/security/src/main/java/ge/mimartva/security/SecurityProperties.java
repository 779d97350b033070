package ge.mimartva.security;

import ge.mimartva.http.TokenRules;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from and whom they must be for.
 *
 * @param issuerUri the realm's issuer, e.g. {@code http://127.0.0.1:8180/realms/mimartva}
 * @param jwkSetUri where the realm's signing keys are published (default: the issuer's OpenID Connect certs endpoint)
 * @param audience  the audience every platform token must carry
 */
@ConfigurationProperties("mimartva.security")
public record SecurityProperties(String issuerUri, String jwkSetUri, String audience) {

    public SecurityProperties {
        if (issuerUri == null || issuerUri.isBlank()) {
            throw new IllegalStateException("mimartva.security.issuer-uri must be set (the Keycloak realm's issuer)");
        }
        if (jwkSetUri == null || jwkSetUri.isBlank()) {
            jwkSetUri = TokenRules.jwkSetUri(issuerUri);
        }
        if (audience == null || audience.isBlank()) {
            audience = TokenRules.AUDIENCE;
        }
    }
}
