package ge.mimartva.gateway.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Holds every caller to its client's rate limit (Resilience4j rate limiters, one per caller): an integrator by its
 * client, a person by their client and account, an anonymous caller by address. Over the limit answers 429
 * problem+json with {@code Retry-After}; the request goes no further. Part of the security filter chain (after
 * authentication, so the caller is known), not a bean of its own, so it runs once per request.
 */
public class ClientRateLimitFilter implements WebFilter {

    static final String PORTAL_CLIENT = "mimartva-portal";
    static final String ANONYMOUS = "anonymous";
    private static final int MAX_CALLERS = 10_000;

    private final RateLimitProperties limits;
    private final Map<String, RateLimiter> callers = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                    return size() > MAX_CALLERS;
                }
            });

    public ClientRateLimitFilter(RateLimitProperties limits) {
        this.limits = limits;
    }

    /** Who is calling: the client, and within it the caller. */
    record Caller(String clientId, String key) {
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
                .map(ClientRateLimitFilter::callerOf)
                .defaultIfEmpty(new Caller(ANONYMOUS, ANONYMOUS + ":" + address(exchange)))
                .flatMap(caller -> {
                    RateLimitProperties.Limit limit = limits.of(caller.clientId());
                    if (limiterOf(caller, limit).acquirePermission()) {
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, (limit.period().toMillis() + 999) / 1000);
                    exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
                    return GatewayProblems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                            "Too many requests", "This client sent more requests than its limit; retry after "
                                    + seconds + " s.");
                });
    }

    static Caller callerOf(Principal principal) {
        if (principal instanceof JwtAuthenticationToken jwt) {
            String client = jwt.getToken().getClaimAsString("azp");
            String clientId = client == null ? ANONYMOUS : client;
            return new Caller(clientId, clientId + ":" + jwt.getToken().getSubject());
        }
        if (principal instanceof OAuth2AuthenticationToken login) {
            return new Caller(PORTAL_CLIENT, PORTAL_CLIENT + ":" + login.getName());
        }
        return new Caller(ANONYMOUS, ANONYMOUS + ":" + principal.getName());
    }

    private RateLimiter limiterOf(Caller caller, RateLimitProperties.Limit limit) {
        return callers.computeIfAbsent(caller.key(), key -> RateLimiter.of(key, RateLimiterConfig.custom()
                .limitForPeriod(limit.requests())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(Duration.ZERO)
                .build()));
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
