package ge.mimartva.gateway.security;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import ge.mimartva.http.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/**
 * The gateway's own refusals, as RFC 9457 problem+json of the platform's catalogue ({@link ProblemType}), like every
 * service's. They never echo the request (which could carry a token or a child's data).
 */
final class GatewayProblems {

    private GatewayProblems() {
    }

    static ServerAuthenticationEntryPoint unauthenticated() {
        return (exchange, e) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return write(exchange.getResponse(), ProblemType.UNAUTHENTICATED,
                    "A valid access token (or a login session) is required.");
        };
    }

    static ServerAccessDeniedHandler forbidden() {
        return (exchange, e) -> write(exchange.getResponse(), ProblemType.FORBIDDEN,
                "The request was refused: a browser session must send its CSRF token (X-XSRF-TOKEN header or _csrf field).");
    }

    static Mono<Void> write(ServerHttpResponse response, ProblemType type, String detail) {
        response.setStatusCode(type.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setCacheControl("no-store");
        DataBuffer buffer = response.bufferFactory().wrap(type.json(detail).getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }
}
