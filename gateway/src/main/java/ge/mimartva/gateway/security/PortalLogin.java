package ge.mimartva.gateway.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import java.util.Map;

/**
 * People log in through the gateway with the realm's public {@code mimartva-portal} client: authorization code with
 * PKCE (S256, which Spring Security adds for a client without a secret). The realm's endpoints are named rather than
 * discovered, so the gateway starts whether or not Keycloak is up yet; the ID token's issuer is still checked.
 */
@Configuration
public class PortalLogin {

    static final String REGISTRATION = "keycloak";

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(@Value("${mimartva.security.issuer-uri}") String issuer,
                                                             @Value("${mimartva.gateway.portal-client-id:mimartva-portal}") String clientId) {
        String oidc = issuer + "/protocol/openid-connect";
        return new InMemoryReactiveClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(clientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid")
                .issuerUri(issuer)
                .authorizationUri(oidc + "/auth")
                .tokenUri(oidc + "/token")
                .jwkSetUri(oidc + "/certs")
                .userInfoUri(oidc + "/userinfo")
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
                .build());
    }
}
