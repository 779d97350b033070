package ge.mimartva.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * Rate limits per client ({@code mimartva.gateway.rate-limits}): {@code requests} per {@code period} for each caller of
 * a client. A client's entry is keyed by its client id ({@code azp} of its tokens; {@code mimartva-portal} for people
 * logged in through the gateway; {@code anonymous} for callers without credentials); others get {@code default}.
 */
@ConfigurationProperties("mimartva.gateway.rate-limits")
public record RateLimitProperties(Limit defaults, Map<String, Limit> clients) {

    public record Limit(int requests, Duration period) {
    }

    public RateLimitProperties {
        defaults = defaults == null ? new Limit(50, Duration.ofSeconds(1)) : defaults;
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    public Limit of(String clientId) {
        return clients.getOrDefault(clientId, defaults);
    }
}
