package ge.mimartva.statistics;

import ge.mimartva.reference.ReferenceData;
import ge.mimartva.reference.TerritoryDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration
public class StatisticsServiceConfiguration {

    /** Which unit, region and MIA district serve each municipality: the cuts by place. */
    @Bean
    TerritoryDirectory territoryDirectory() {
        return ReferenceData.bundled().territories();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
