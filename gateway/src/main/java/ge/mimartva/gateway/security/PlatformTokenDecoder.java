package ge.mimartva.gateway.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import com.nimbusds.jose.KeySourceException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.reactive.function.client.WebClientException;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.springframework.security.oauth2.jwt.JwtValidators;
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
        // it is answered 503 with Retry-After (ServiceBusyHandler). It must not be an AuthenticationException: the
        // login filter ahead in the chain catches those from downstream and redirects to /login?error (a 302 that an
        // API client does not retry: seen in the soak, after a restart of the gateway).
        return token -> decoder.decode(token).onErrorMap(PlatformTokenDecoder::keysUnavailable,
                e -> new RealmKeysUnavailableException(e));
    }

    /** The token was not checked, for want of the realm's keys (not: the token is bad). */
    static boolean keysUnavailable(Throwable failure) {
        if (failure instanceof BadJwtException) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof WebClientException || t instanceof KeySourceException
                    || t instanceof TimeoutException || t instanceof IllegalStateException && !(t instanceof JwtException)) {
                return true;
            }
        }
        return false;
    }

    /** The realm's signing keys could not be fetched: the token could not be checked (answered 503, not 401). */
    static final class RealmKeysUnavailableException extends RuntimeException {
        RealmKeysUnavailableException(Throwable cause) {
            super("The realm's signing keys could not be fetched", cause);
        }
    }
}
