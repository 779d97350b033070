package ge.mimartva.gateway.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The gateway's check of a bearer token, the same as every service's: signed with the realm's key (RS256 only, so
 * {@code none} and HMAC tokens are refused), issued by the realm, meant for {@code mimartva-api}, and not expired.
 */
@Configuration
public class PlatformTokenDecoder {

    static final String AUDIENCE = "mimartva-api";

    @Bean
    ReactiveJwtDecoder platformJwtDecoder(@Value("${mimartva.security.issuer-uri}") String issuer) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSetUri(issuer + "/protocol/openid-connect/certs")
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                jwt -> jwt.getAudience() != null && jwt.getAudience().contains(AUDIENCE)
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "The token is not meant for " + AUDIENCE, null))));
        // The realm's signing keys not to be had (Keycloak starting or slow) is not the caller's fault, nor a bug:
        // it is answered 503 with Retry-After (ServiceBusyHandler), not 500. (Seen in the soak, after a restart.)
        return token -> decoder.decode(token).onErrorMap(
                e -> e instanceof IllegalStateException && !(e instanceof JwtException),
                e -> new AuthenticationServiceException("The realm's signing keys could not be fetched", e));
    }
}
