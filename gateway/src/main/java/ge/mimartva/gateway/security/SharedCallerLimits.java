package ge.mimartva.gateway.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Counts in Redis, shared by every gateway instance: a window of the limit's period per caller, counted by one atomic
 * script (increment, and expire the window's key when it is new). While Redis cannot be reached the count falls back to
 * this instance's own ({@link LocalCallerLimits}): each instance then holds the caller to the limit on its own, which
 * is looser but never leaves the services unprotected nor refuses everyone. Keys name the client and the account's
 * id (a UUID) or an anonymous caller's address, never a person's data.
 */
public class SharedCallerLimits implements CallerLimits {

    private static final Logger log = LoggerFactory.getLogger(SharedCallerLimits.class);
    private static final Duration REDIS_TIMEOUT = Duration.ofMillis(250);
    private static final RedisScript<Long> COUNT = RedisScript.of("""
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return n""", Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final LocalCallerLimits fallback = new LocalCallerLimits();
    private final Clock clock;

    public SharedCallerLimits(ReactiveStringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public Mono<Boolean> tryAcquire(String key, RateLimitProperties.Limit limit) {
        long period = Math.max(1, limit.period().toMillis());
        long window = clock.millis() / period;
        String windowKey = "mimartva:rate:" + key + ":" + window;
        return redis.execute(COUNT, List.of(windowKey), List.of(String.valueOf(2 * period)))
                .next()
                .timeout(REDIS_TIMEOUT)
                .map(count -> count <= limit.requests())
                .onErrorResume(e -> {
                    log.warn("Rate limits counted on this instance alone: Redis did not answer ({})", e.getClass().getSimpleName());
                    return fallback.tryAcquire(key, limit);
                });
    }
}
