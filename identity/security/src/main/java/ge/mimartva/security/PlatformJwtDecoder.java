package ge.mimartva.security;

import ge.mimartva.http.TokenRules;
import ge.mimartva.http.VerifiedTokens;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Clock;

/**
 * Every service validates tokens itself, by the platform's {@link TokenRules}, with the realm's published keys; a token
 * that passed is remembered until it expires ({@link VerifiedTokens}).
 */
public final class PlatformJwtDecoder {

    private PlatformJwtDecoder() {
    }

    public static JwtDecoder create(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .jwsAlgorithm(TokenRules.ALGORITHM)
                .build();
        decoder.setJwtValidator(TokenRules.validator(properties.issuerUri(), properties.audience()));
        VerifiedTokens verified = new VerifiedTokens(Clock.systemUTC());
        return token -> verified.recall(token).orElseGet(() -> verified.remember(token, decoder.decode(token)));
    }
}
