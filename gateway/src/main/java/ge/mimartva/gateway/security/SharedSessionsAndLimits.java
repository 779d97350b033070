package ge.mimartva.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;

import java.time.Clock;

/**
 * What a gateway instance remembers between requests, and where. Two things would make a caller sticky to one
 * instance: a person's session (their login, the tokens relayed to the services, a login in progress) and the count of
 * a caller's requests against their rate limit. The tokens are kept in the session, never in an instance's own map.
 * With one gateway (the local stacks) the session and the counts stay in its memory; with several behind a load
 * balancer (profile {@code shared-store}: the replica stack, Kubernetes) both live in Redis, so any instance serves
 * any call and one can die without logging anybody out or resetting a limit.
 * <p>
 * Redis rather than PostgreSQL (Spring Session JDBC): the gateway is reactive, and Spring Session's JDBC store is for
 * servlet applications only; Redis expires sessions and counting windows by itself, counts atomically in one round
 * trip, and the gateway has no database of its own to lean on.
 */
@Configuration
public class SharedSessionsAndLimits {

    static final String SHARED_STORE = "shared-store";

    /** The relayed tokens live in the session: in memory with one instance, in Redis with several. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    @Profile("!" + SHARED_STORE)
    CallerLimits callerLimitsOfThisInstance() {
        return new LocalCallerLimits();
    }

    @Bean
    @Profile(SHARED_STORE)
    CallerLimits sharedCallerLimits(ReactiveStringRedisTemplate redis) {
        return new SharedCallerLimits(redis, Clock.systemUTC());
    }
}
