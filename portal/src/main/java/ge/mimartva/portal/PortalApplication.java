package ge.mimartva.portal;

import ge.mimartva.reference.ReferenceData;
import ge.mimartva.reference.TerritoryDirectory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The portal: server-rendered pages, Georgian first, for reporters (the decision guide, the referral form, their
 * institution's referrals), social workers (the unit's queue, a case's timeline and its actions) and receiving bodies
 * (the inbox). It sits behind the gateway, which logs people in and relays their token; the portal calls the
 * services' APIs with that token, so every rule stays the services' own.
 */
@SpringBootApplication
public class PortalApplication {

    @Bean
    ReferenceData referenceData() {
        return ReferenceData.bundled();
    }

    @Bean
    TerritoryDirectory territoryDirectory(ReferenceData reference) {
        return reference.territories();
    }

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
