package ge.mimartva.gateway.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts in this gateway's memory: a Resilience4j rate limiter per caller, the 10,000 most recent callers kept. */
public class LocalCallerLimits implements CallerLimits {

    private static final int MAX_CALLERS = 10_000;

    private final Map<String, RateLimiter> callers = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                    return size() > MAX_CALLERS;
                }
            });

    @Override
    public Mono<Boolean> tryAcquire(String key, RateLimitProperties.Limit limit) {
        return Mono.just(callers.computeIfAbsent(key, k -> RateLimiter.of(k, RateLimiterConfig.custom()
                .limitForPeriod(limit.requests())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(Duration.ZERO)
                .build())).acquirePermission());
    }
}
