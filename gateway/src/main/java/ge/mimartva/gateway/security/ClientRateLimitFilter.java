package ge.mimartva.gateway.security;

import ge.mimartva.http.ProblemType;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.security.Principal;

/**
 * Holds every caller to its client's rate limit, counted by {@link CallerLimits}: an integrator by its
 * client, a person by their client and account, an anonymous caller by address. Over the limit answers 429
 * problem+json with {@code Retry-After}; the request goes no further. Part of the security filter chain (after
 * authentication, so the caller is known), not a bean of its own, so it runs once per request.
 */
public class ClientRateLimitFilter implements WebFilter {

    static final String PORTAL_CLIENT = "mimartva-portal";
    static final String ANONYMOUS = "anonymous";

    private final RateLimitProperties limits;
    private final CallerLimits counts;

    public ClientRateLimitFilter(RateLimitProperties limits, CallerLimits counts) {
        this.limits = limits;
        this.counts = counts;
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
                    return counts.tryAcquire(caller.key(), limit)
                            .flatMap(allowed -> allowed ? chain.filter(exchange) : refuse(exchange, limit));
                });
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, RateLimitProperties.Limit limit) {
        long seconds = Math.max(1, (limit.period().toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
        return GatewayProblems.write(exchange.getResponse(), ProblemType.RATE_LIMITED,
                "This client sent more requests than its limit; retry after " + seconds + " s.");
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

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
