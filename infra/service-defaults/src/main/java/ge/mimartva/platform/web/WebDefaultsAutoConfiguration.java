package ge.mimartva.platform.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** Problem details for every error, and the bounds every request is held to ({@link RequestLimits}). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RequestLimits.class)
@Import({ProblemDetailsAdvice.class, RequestBodyBounds.class})
public class WebDefaultsAutoConfiguration {

    /** The problem catalogue in the service's OpenAPI document. */
    @Bean
    OpenApiCustomizer problemCatalogueDocumentation() {
        return new ProblemCatalogueDocumentation();
    }

    /** First of all filters: an oversized body is refused before security or anything else reads it. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(RequestLimits limits) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits.maxBodySize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Next: a service at capacity refuses fast, before a request takes a thread into security, Axon or the pool. */
    @Bean
    FilterRegistrationBean<ServiceCapacityFilter> serviceCapacityFilter(RequestLimits limits,
                                                                         ObjectProvider<MeterRegistry> meters) {
        FilterRegistrationBean<ServiceCapacityFilter> registration = new FilterRegistrationBean<>(
                new ServiceCapacityFilter(limits.maxConcurrentRequests(), limits.busyWait(), meters.getIfAvailable(SimpleMeterRegistry::new)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** A request with an Idempotency-Key has its body fingerprinted as it is read (IdempotentCreation compares). */
    @Bean
    FilterRegistrationBean<RequestFingerprintFilter> requestFingerprintFilter() {
        FilterRegistrationBean<RequestFingerprintFilter> registration =
                new FilterRegistrationBean<>(new RequestFingerprintFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
