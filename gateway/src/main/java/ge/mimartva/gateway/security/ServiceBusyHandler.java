package ge.mimartva.gateway.security;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * A service that is failing (its circuit is open) or has as many calls in flight as it may take (its bulkhead is
 * full) answers 503 problem+json with {@code Retry-After}: the client is told to come back, not that something broke.
 */
@Component
@Order(-2)
public class ServiceBusyHandler implements WebExceptionHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (!(failure instanceof BulkheadFullException || failure instanceof CallNotPermittedException)
                || exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        exchange.getResponse().getHeaders().set("Retry-After", "1");
        return GatewayProblems.write(exchange.getResponse(), HttpStatus.SERVICE_UNAVAILABLE, "service-busy",
                "Service busy", "The service is busy or recovering; retry after 1 s.");
    }
}
