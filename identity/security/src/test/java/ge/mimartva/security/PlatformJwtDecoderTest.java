package ge.mimartva.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every service accepts as a token: signed by the realm's key with RS256, from the realm's issuer, for the
 * platform's audience, not expired. Everything else is refused. The realm's keys are served by a real HTTP server.
 */
class PlatformJwtDecoderTest {

    private static final String AUDIENCE = "mimartva-api";
    private static RSAKey realmKey;
    private static HttpServer jwks;
    private static String issuer;
    private static JwtDecoder decoder;

    @BeforeAll
    static void realm() throws Exception {
        realmKey = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = new JWKSet(realmKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/realms/mimartva/protocol/openid-connect/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        issuer = "http://127.0.0.1:" + jwks.getAddress().getPort() + "/realms/mimartva";
        decoder = PlatformJwtDecoder.create(new SecurityProperties(issuer, null, AUDIENCE));
    }

    @AfterAll
    static void stop() {
        jwks.stop(0);
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().subject("user-1").issuer(issuer).audience(List.of(AUDIENCE, "account"))
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300)));
    }

    private static String signed(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void aTokenOfTheRealmForThePlatformIsAccepted() throws Exception {
        assertThat(decoder.decode(signed(realmKey, claims().build())).getSubject()).isEqualTo("user-1");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        RSAKey forger = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        assertThatThrownBy(() -> decoder.decode(signed(forger, claims().build()))).isInstanceOf(JwtException.class);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String none = new PlainJWT(claims().build()).serialize();
        assertThatThrownBy(() -> decoder.decode(none)).isInstanceOf(JwtException.class);
    }

    @Test
    void aTokenSignedWithTheRealmsPublicKeyAsAnHmacSecretIsRefused() throws Exception {
        byte[] publicKey = realmKey.toPublicJWK().toRSAPublicKey().getEncoded();
        SignedJWT hs = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("realm-key").build(), claims().build());
        hs.sign(new MACSigner(java.util.Arrays.copyOf(publicKey, 64)));
        assertThatThrownBy(() -> decoder.decode(hs.serialize())).isInstanceOf(JwtException.class);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        JWTClaimsSet expired = claims().issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(600))).build();
        assertThatThrownBy(() -> decoder.decode(signed(realmKey, expired))).isInstanceOf(JwtException.class);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        JWTClaimsSet otherIssuer = claims().issuer("http://127.0.0.1:1/realms/master").build();
        assertThatThrownBy(() -> decoder.decode(signed(realmKey, otherIssuer))).isInstanceOf(JwtException.class);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        JWTClaimsSet otherAudience = claims().audience(List.of("account")).build();
        assertThatThrownBy(() -> decoder.decode(signed(realmKey, otherAudience))).isInstanceOf(JwtException.class);
    }

    @Test
    void aTokenAcceptedBeforeIsRememberedByTheWholeOfIt() throws Exception {
        String accepted = signed(realmKey, claims().build());
        assertThat(decoder.decode(accepted).getSubject()).isEqualTo("user-1");
        assertThat(decoder.decode(accepted).getSubject()).isEqualTo("user-1");

        // the same header and claims under another signature, or other claims under the same signature: refused
        RSAKey forger = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        String forged = signed(forger, claims().build());
        String[] parts = accepted.split("\\.");
        String reSigned = parts[0] + "." + parts[1] + "." + forged.split("\\.")[2];
        String[] otherParts = signed(realmKey, claims().subject("user-2").build()).split("\\.");
        String otherClaims = parts[0] + "." + otherParts[1] + "." + parts[2];
        assertThatThrownBy(() -> decoder.decode(reSigned)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(otherClaims)).isInstanceOf(JwtException.class);
    }
}
