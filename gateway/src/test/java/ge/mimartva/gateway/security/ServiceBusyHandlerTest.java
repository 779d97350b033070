package ge.mimartva.gateway.security;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.Bulkhead;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.ResponseStatusException;

import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client is told to retry (503 problem+json with Retry-After), and what is left to the other handlers. */
class ServiceBusyHandlerTest {

    private final ServiceBusyHandler handler = new ServiceBusyHandler();

    @Test
    void anOpenCircuitIsAnsweredAsABusyServiceWithRetryAfter() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/referrals"));
        handler.handle(exchange, new ServiceUnavailableException()).block();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(exchange.getResponse().getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void temporaryFailuresAreRetriedAndOthersAreNot() {
        assertThat(ServiceBusyHandler.isTemporary(new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE))).isTrue();
        assertThat(ServiceBusyHandler.isTemporary(BulkheadFullException.createBulkheadFullException(Bulkhead.ofDefaults("s")))).isTrue();
        assertThat(ServiceBusyHandler.isTemporary(new RuntimeException(new ConnectException("refused")))).isTrue();
        // seen in the soak: referral-service killed while it handled a filing
        assertThat(ServiceBusyHandler.isTemporary(new java.io.IOException("recvAddress(..) failed: Connection reset by peer")))
                .isTrue();
        assertThat(ServiceBusyHandler.isTemporary(new AuthenticationServiceException("no keys"))).isTrue();
        assertThat(ServiceBusyHandler.isTemporary(new PlatformTokenDecoder.RealmKeysUnavailableException(
                new IllegalStateException("no keys")))).isTrue();
        assertThat(ServiceBusyHandler.isTemporary(new ResponseStatusException(HttpStatus.NOT_FOUND))).isFalse();
        assertThat(ServiceBusyHandler.isTemporary(new IllegalStateException("a bug"))).isFalse();
    }

    /** The keys not to be had is not the token's fault, and not an AuthenticationException (the login filter would
     * turn that into a redirect to /login?error); a bad token stays a bad token (401). */
    @Test
    void keysNotToBeHadAreToldFromABadToken() {
        assertThat(PlatformTokenDecoder.keysUnavailable(new IllegalStateException("Could not obtain the keys"))).isTrue();
        assertThat(PlatformTokenDecoder.keysUnavailable(new org.springframework.security.oauth2.jwt.JwtException("x",
                new java.io.IOException("connection refused")))).isTrue();
        assertThat(PlatformTokenDecoder.keysUnavailable(new org.springframework.security.oauth2.jwt.BadJwtException("expired")))
                .isFalse();
        assertThat(new PlatformTokenDecoder.RealmKeysUnavailableException(new IllegalStateException()))
                .isNotInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
