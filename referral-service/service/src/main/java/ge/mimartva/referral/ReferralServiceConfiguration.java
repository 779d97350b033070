package ge.mimartva.referral;

import ge.mimartva.reference.ReferenceData;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.referral.command.ReferralChain;
import ge.mimartva.referral.command.StatutoryClockPolicy;
import ge.mimartva.referral.command.preservation.PreservationClocks;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

@Configuration
@EnableConfigurationProperties(PreservationClocks.class)
public class ReferralServiceConfiguration {

    @Bean
    ReferenceData referenceData() {
        return ReferenceData.bundled();
    }

    @Bean
    TerritoryDirectory territoryDirectory(ReferenceData reference) {
        return reference.territories();
    }

    /** The effective-dated statutory clock policy; {@code mimartva.referral.clock-policy} points to another file. */
    @Bean
    StatutoryClockPolicy statutoryClockPolicy(
            @Value("${mimartva.referral.clock-policy:classpath:policy/statutory-clocks.json}") Resource policy)
            throws IOException {
        try (InputStream in = policy.getInputStream()) {
            return StatutoryClockPolicy.read(in);
        }
    }

    /** Referral chains between their events; weakly held, so the heap lets them go as it needs. */
    @Bean(ReferralChain.CACHE)
    Cache referralChainCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
