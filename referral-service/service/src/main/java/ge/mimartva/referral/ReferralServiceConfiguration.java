package ge.mimartva.referral;

import ge.mimartva.reference.TerritoryDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration
public class ReferralServiceConfiguration {

    @Bean
    TerritoryDirectory territoryDirectory() {
        return TerritoryDirectory.bundled();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
