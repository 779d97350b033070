package ge.mimartva.gateway.security;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationServiceException;
import ge.mimartva.http.ProblemType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * A service that is failing (its circuit is open: the gateway's circuit breaker fails with
 * ServiceUnavailableException), has as many calls in flight as it may take (its bulkhead is full), is not there
 * (refused connection: it is starting again), closed or reset the connection before answering (it was killed: any I/O
 * failure talking to it), or did not answer in time, and a realm whose signing keys cannot be fetched, all answer 503
 * problem+json with {@code Retry-After}: the client is told to come back (with the same {@code Idempotency-Key}), not
 * that something broke. (They were 500 answers, and a client that did not retry a 500 lost its referral.)
 */
@Component
@Order(-2)
public class ServiceBusyHandler implements WebExceptionHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (!isTemporary(failure) || exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        exchange.getResponse().getHeaders().set("Retry-After", "1");
        return GatewayProblems.write(exchange.getResponse(), ProblemType.SERVICE_BUSY,
                "The service is busy or recovering; retry after 1 s.");
    }

    static boolean isTemporary(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BulkheadFullException || t instanceof CallNotPermittedException
                    || t instanceof IOException
                    || t instanceof TimeoutException || t instanceof AuthenticationServiceException
                    || t instanceof PlatformTokenDecoder.RealmKeysUnavailableException
                    || t instanceof ServiceUnavailableException
                    || t instanceof ResponseStatusException answer && answer.getStatusCode().value() == 503) {
                return true;
            }
        }
        return false;
    }
}
