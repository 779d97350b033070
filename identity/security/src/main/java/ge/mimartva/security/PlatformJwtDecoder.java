package ge.mimartva.security;

import ge.mimartva.http.TokenRules;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Every service validates tokens itself, by the platform's {@link TokenRules}, with the realm's published keys. */
public final class PlatformJwtDecoder {

    private PlatformJwtDecoder() {
    }

    public static JwtDecoder create(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .jwsAlgorithm(TokenRules.ALGORITHM)
                .build();
        decoder.setJwtValidator(TokenRules.validator(properties.issuerUri(), properties.audience()));
        return decoder;
    }
}
