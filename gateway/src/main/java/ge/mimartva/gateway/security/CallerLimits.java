package ge.mimartva.gateway.security;

import reactor.core.publisher.Mono;

/**
 * Where the count of a caller's requests is kept: in this gateway ({@link LocalCallerLimits}, one instance) or in a
 * store every gateway instance shares ({@link SharedCallerLimits}), so that a caller cannot multiply its limit by the
 * number of instances behind the load balancer.
 */
public interface CallerLimits {

    /** Whether the caller identified by {@code key} may make one more request within {@code limit}. */
    Mono<Boolean> tryAcquire(String key, RateLimitProperties.Limit limit);
}
