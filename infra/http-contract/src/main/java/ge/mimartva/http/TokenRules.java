package ge.mimartva.http;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * What makes an access token valid, for the gateway and for every service alike (each checks tokens itself): signed
 * with the realm's published key by {@link #ALGORITHM} only (so {@code alg: none} and symmetric tricks are refused),
 * issued by the realm, meant for {@link #AUDIENCE}, not expired and not before its time.
 */
public final class TokenRules {

    public static final SignatureAlgorithm ALGORITHM = SignatureAlgorithm.RS256;
    public static final String AUDIENCE = "mimartva-api";

    private TokenRules() {
    }

    /** Where the realm publishes its signing keys. */
    public static String jwkSetUri(String issuer) {
        return issuer + "/protocol/openid-connect/certs";
    }

    /** Issuer, audience, expiry and not-before; the signature is the decoder's, by {@link #ALGORITHM}. */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "The token is not meant for " + audience, null)));
    }
}
