package ge.mimartva.victimstatus;

import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.victimstatus.order.OrderPolicy;
import ge.mimartva.victimstatus.status.VictimStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

@Configuration
public class VictimStatusServiceConfiguration {

    @Bean
    TerritoryDirectory territoryDirectory() {
        return TerritoryDirectory.bundled();
    }

    /** The law's order clocks (overridable for tests only) and the warning before expiry [A]. */
    @Bean
    OrderPolicy orderPolicy(@Value("${mimartva.orders.appeal-window:P3D}") Duration appealWindow,
                            @Value("${mimartva.orders.protocol-submission:PT24H}") Duration protocolSubmission,
                            @Value("${mimartva.orders.expiry-alert-lead:P5D}") Duration expiryAlertLead) {
        return new OrderPolicy(appealWindow, protocolSubmission, expiryAlertLead);
    }

    /** [A] how long before victim status ends the social worker is warned (row N9). */
    @Bean
    VictimStatus.StatusPolicy statusPolicy(@Value("${mimartva.victim-status.expiry-alert-lead:P30D}") Duration lead) {
        return new VictimStatus.StatusPolicy(lead);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
