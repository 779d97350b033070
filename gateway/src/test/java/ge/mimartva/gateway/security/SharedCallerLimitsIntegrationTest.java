package ge.mimartva.gateway.security;

import ge.mimartva.testsupport.NeedsTestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway instances count a caller's requests in the test stack's real Redis ({@code MIMARTVA_REDIS_PORT}): the
 * caller gets its limit once across both, not once per instance.
 */
@NeedsTestStack
class SharedCallerLimitsIntegrationTest {

    private static final int REDIS_PORT = Integer.parseInt(System.getenv().getOrDefault("MIMARTVA_REDIS_PORT", "26379"));
    private static final RateLimitProperties.Limit FIVE_PER_SECOND = new RateLimitProperties.Limit(5, Duration.ofSeconds(1));

    private final List<LettuceConnectionFactory> connections = new ArrayList<>();
    private final Instant now = Instant.parse("2026-11-26T10:00:00.100Z");

    private SharedCallerLimits gatewayInstance(int port, Instant at) {
        LettuceConnectionFactory connection = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        connection.afterPropertiesSet();
        connection.start();
        connections.add(connection);
        return new SharedCallerLimits(new ReactiveStringRedisTemplate(connection), Clock.fixed(at, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        connections.forEach(LettuceConnectionFactory::destroy);
    }

    private static long allowed(int tries, String caller, SharedCallerLimits... instances) {
        long allowed = 0;
        for (int i = 0; i < tries; i++) {
            if (Boolean.TRUE.equals(instances[i % instances.length].tryAcquire(caller, FIVE_PER_SECOND).block())) {
                allowed++;
            }
        }
        return allowed;
    }

    @Test
    void aCallerGetsItsLimitOnceAcrossEveryInstance() {
        String caller = "mimartva-test:" + UUID.randomUUID();
        assertThat(allowed(10, caller, gatewayInstance(REDIS_PORT, now), gatewayInstance(REDIS_PORT, now))).isEqualTo(5);
    }

    @Test
    void theNextPeriodStartsAFreshCount() {
        String caller = "mimartva-test:" + UUID.randomUUID();
        assertThat(allowed(6, caller, gatewayInstance(REDIS_PORT, now))).isEqualTo(5);
        assertThat(allowed(6, caller, gatewayInstance(REDIS_PORT, now.plusSeconds(1)))).isEqualTo(5);
    }

    @Test
    void withoutRedisEachInstanceStillHoldsTheCallerToTheLimitOnItsOwn() {
        String caller = "mimartva-test:" + UUID.randomUUID();
        SharedCallerLimits cutOff = gatewayInstance(1, now);   // nothing listens on port 1
        assertThat(allowed(8, caller, cutOff)).isEqualTo(5);
    }
}
