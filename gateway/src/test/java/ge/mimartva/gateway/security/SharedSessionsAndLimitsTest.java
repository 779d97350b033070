package ge.mimartva.gateway.security;

import ge.mimartva.testsupport.NeedsTestStack;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes a caller sticky to one gateway instance, and where it lives: in the instance's memory when it is the only
 * one; in Redis (the test stack's, {@code MIMARTVA_REDIS_PORT}) with the {@code shared-store} profile, so that a login
 * begun on one instance is finished on another.
 */
@NeedsTestStack
class SharedSessionsAndLimitsTest {

    private static final String REDIS = "redis://127.0.0.1:" + System.getenv().getOrDefault("MIMARTVA_REDIS_PORT", "26379");

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "mimartva.security.issuer-uri=http://127.0.0.1:1/realms/mimartva")
    class OneInstance {

        @Autowired
        ApplicationContext context;

        @Test
        void keepsSessionsAndCountsInItsOwnMemory() {
            assertThat(context.getBeansOfType(ReactiveSessionRepository.class)).isEmpty();
            assertThat(context.getBean(CallerLimits.class)).isInstanceOf(LocalCallerLimits.class);
        }
    }

    @Nested
    @ActiveProfiles(SharedSessionsAndLimits.SHARED_STORE)
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "mimartva.security.issuer-uri=http://127.0.0.1:1/realms/mimartva")
    class SeveralInstances {

        @Autowired
        ApplicationContext context;
        @Autowired
        ReactiveStringRedisTemplate redis;
        @LocalServerPort
        int port;

        @DynamicPropertySource
        static void redis(DynamicPropertyRegistry registry) {
            registry.add("spring.data.redis.url", () -> REDIS);
        }

        @Test
        void keepTheLoginInProgressAndTheCountsInRedis() {
            assertThat(context.getBean(CallerLimits.class)).isInstanceOf(SharedCallerLimits.class);
            String session = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build()
                    .get().uri("/oauth2/authorization/keycloak").exchange()
                    .expectStatus().is3xxRedirection()
                    .returnResult(Void.class).getResponseCookies().getFirst("SESSION").getValue();
            assertThat(redis.hasKey("mimartva:session:sessions:" + session).block())
                    .as("the session of the login in progress, in Redis").isTrue();
        }
    }
}
