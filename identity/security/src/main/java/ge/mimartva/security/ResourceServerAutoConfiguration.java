package ge.mimartva.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Each service is an OAuth2 resource server: stateless, bearer tokens only, every API call authenticated.
 * Per-record rules (body, territory) are checked by each service's own access policies.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        return PlatformJwtDecoder.create(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityFilterChain platformSecurity(HttpSecurity http,
                                         @Value("${mimartva.security.public-api-docs:${mimartva.demo:false}}")
                                         boolean publicApiDocs) throws Exception {
        // The API's description is public on a demo stack only; in production it shows to authenticated callers.
        // The probes and Prometheus's scrape come from the platform's own network: a service listens on an internal
        // address only (MIMARTVA_BIND_ADDRESS), and the gateway never routes /actuator.
        String[] open = publicApiDocs
                ? new String[] {"/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs/**"}
                : new String[] {"/actuator/health/**", "/actuator/info", "/actuator/prometheus"};
        return http
                .csrf(csrf -> csrf.disable()) // bearer tokens only: no cookies, nothing for CSRF to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(open).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(token -> new JwtAuthenticationToken(token,
                                ActorClaims.roles(token).stream()
                                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r.roleName())).toList(),
                                token.getSubject())))
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .build();
    }
}
