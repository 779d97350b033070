package ge.mimartva.gateway.security;

import ge.mimartva.http.TokenRules;
import ge.mimartva.http.VerifiedTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.nimbusds.jose.KeySourceException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.reactive.function.client.WebClientException;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The gateway's check of a bearer token: the platform's {@link TokenRules}, the same class every service checks by; a
 * token that passed is remembered until it expires ({@link VerifiedTokens}).
 */
@Configuration
public class PlatformTokenDecoder {

    @Bean
    ReactiveJwtDecoder platformJwtDecoder(@Value("${mimartva.security.issuer-uri}") String issuer) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSetUri(TokenRules.jwkSetUri(issuer))
                .jwsAlgorithm(TokenRules.ALGORITHM)
                .build();
        decoder.setJwtValidator(TokenRules.validator(issuer, TokenRules.AUDIENCE));
        // The realm's signing keys not to be had (Keycloak starting or slow) is not the caller's fault, nor a bug:
        // it is answered 503 with Retry-After (ServiceBusyHandler). It must not be an AuthenticationException: the
        // login filter ahead in the chain catches those from downstream and redirects to /login?error (a 302 that an
        // API client does not retry: seen in the soak, after a restart of the gateway).
        VerifiedTokens verified = new VerifiedTokens(Clock.systemUTC());
        return token -> verified.recall(token).map(Mono::just).orElseGet(() -> decoder.decode(token)
                .map(jwt -> verified.remember(token, jwt))
                .onErrorMap(PlatformTokenDecoder::keysUnavailable, e -> new RealmKeysUnavailableException(e)));
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
