package ge.mimartva.portal.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.web.client.RestClientBuilderConfigurer;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * With several instances of each service ({@code mimartva.portal.load-balanced=true}: the replica stack), the portal
 * calls {@code http://<service>/...} and Spring Cloud LoadBalancer picks an instance among those listed
 * ({@code spring.cloud.discovery.client.simple.instances.<service>}) whose readiness answered UP at its last check.
 * With one instance of each (the local stacks) the portal calls the configured address directly.
 */
@Configuration
@ConditionalOnProperty(name = "mimartva.portal.load-balanced", havingValue = "true")
@LoadBalancerClients(defaultConfiguration = ServiceInstances.ReadyInstances.class)
class ServiceInstances {

    @Bean
    @LoadBalanced
    RestClient.Builder loadBalancedRestClientBuilder(RestClientBuilderConfigurer configurer) {
        return configurer.configure(RestClient.builder());
    }

    /** Only instances whose readiness answers UP (checked with a client of its own, not through the balancer). */
    static class ReadyInstances {
        @Bean
        ServiceInstanceListSupplier readyInstances(ConfigurableApplicationContext context) {
            return ServiceInstanceListSupplier.builder().withBlockingDiscoveryClient()
                    .withBlockingHealthChecks(RestClient.create()).build(context);
        }
    }
}
