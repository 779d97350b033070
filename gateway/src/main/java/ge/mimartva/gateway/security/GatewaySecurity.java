package ge.mimartva.gateway.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Set;

/**
 * Who gets through the gateway, and how.
 * <ul>
 *   <li>Integrators and other API clients send a bearer token; the gateway checks it (see {@link PlatformTokenDecoder})
 *   before routing, and every service checks it again.</li>
 *   <li>People log in through the gateway (authorization code with PKCE against the realm's {@code mimartva-portal}
 *   client): their tokens stay in the gateway's session and are relayed to the services; the browser holds only an
 *   HttpOnly session cookie. Requests made with that cookie must carry the CSRF token ({@code XSRF-TOKEN} cookie,
 *   sent back as the {@code X-XSRF-TOKEN} header or the {@code _csrf} form field).</li>
 *   <li>Every caller is held to its client's rate limit ({@link ClientRateLimitFilter}).</li>
 * </ul>
 * An API request without valid credentials answers 401 problem+json; a page redirects to the login.
 */
@Configuration
@EnableConfigurationProperties(RateLimitProperties.class)
public class GatewaySecurity {

    static final String SESSION_COOKIE = "SESSION";
    static final String LOGIN = "/oauth2/authorization/" + PortalLogin.REGISTRATION;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    @Bean
    SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, RateLimitProperties rateLimits, CallerLimits counts,
                                           ReactiveClientRegistrationRepository registrations,
                                           @Value("${mimartva.security.issuer-uri}") String issuer,
                                           @Value("${mimartva.security.public-api-docs:${mimartva.demo:false}}")
                                           boolean publicApiDocs) {
        // The APIs' descriptions are public on a demo stack only; in production they show to authenticated callers.
        String[] apiDocs = {"/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/openapi/**", "/webjars/**",
                "/api/integration/asyncapi"};
        ServerWebExchangeMatcher api = ServerWebExchangeMatchers.pathMatchers("/api/**");
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(api, GatewayProblems.unauthenticated()));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN));
        OidcClientInitiatedServerLogoutSuccessHandler logout = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .pathMatchers(apiDocs).access((authentication, context) -> publicApiDocs
                                ? Mono.just(new AuthorizationDecision(true))
                                : authentication.map(a -> new AuthorizationDecision(a.isAuthenticated()))
                                .defaultIfEmpty(new AuthorizationDecision(false)))
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> { })
                        .authenticationEntryPoint(GatewayProblems.unauthenticated()))
                .oauth2Login(login -> { })
                .logout(l -> l.logoutSuccessHandler(logout))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(GatewayProblems.forbidden()))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(GatewayProblems.forbidden())
                        .requireCsrfProtectionMatcher(GatewaySecurity::isUnsafeRequestWithSessionCookie))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "frame-ancestors 'none'; form-action 'self' " + URI.create(issuer).resolve("/")))
                        .hsts(hsts -> { }))
                .addFilterAfter(new ClientRateLimitFilter(rateLimits, counts), SecurityWebFiltersOrder.AUTHORIZATION)
                .addFilterAfter(csrfCookie(), SecurityWebFiltersOrder.CSRF)
                .build();
    }

    /**
     * CSRF protects what a browser sends with its session cookie. A request carrying its own bearer token is not
     * sent by the browser on its own, and one without a session has no authority to abuse: neither needs a token.
     * The portal's pages carry and check their own token (its forms post form data, which the gateway passes on
     * untouched).
     */
    static Mono<ServerWebExchangeMatcher.MatchResult> isUnsafeRequestWithSessionCookie(
            ServerWebExchange exchange) {
        boolean bearer = exchange.getRequest().getHeaders().getOrEmpty("Authorization").stream()
                .anyMatch(h -> h.regionMatches(true, 0, "Bearer ", 0, 7));
        boolean session = exchange.getRequest().getCookies().containsKey(SESSION_COOKIE);
        boolean portal = exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/portal/");
        return session && !bearer && !portal && !SAFE.contains(exchange.getRequest().getMethod())
                ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    /** The CSRF token is made lazily; asking for it on every request writes the {@code XSRF-TOKEN} cookie. */
    private static WebFilter csrfCookie() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
        };
    }
}
