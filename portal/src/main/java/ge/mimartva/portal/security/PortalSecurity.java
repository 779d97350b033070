package ge.mimartva.portal.security;

import ge.mimartva.security.ActorClaims;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * The portal trusts only the bearer token the gateway relays for the logged-in person (checked like every service's:
 * RS256, issuer, audience, expiry). Its forms carry their own CSRF token (a cookie of the portal's, and the same value
 * in the form), so nothing a third-party page makes a browser send can act.
 */
@Configuration
public class PortalSecurity {

    static final String CSRF_COOKIE = "PORTAL-XSRF";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository csrf = new CookieCsrfTokenRepository();
        csrf.setCookieName(CSRF_COOKIE);
        csrf.setCookiePath("/portal");
        csrf.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return http
                .csrf(c -> c.csrfTokenRepository(csrf))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/portal/assets/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(token ->
                        new JwtAuthenticationToken(token, ActorClaims.fromJwt(token).roles().stream()
                                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.roleName())).toList(),
                                token.getSubject()))))
                .build();
    }
}
