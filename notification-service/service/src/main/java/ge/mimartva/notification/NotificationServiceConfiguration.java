package ge.mimartva.notification;

import ge.mimartva.notification.matrix.NotificationMatrix;
import ge.mimartva.reference.ReferenceData;
import ge.mimartva.reference.TerritoryDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;
import ge.mimartva.notification.delivery.RecipientChannels;
import ge.mimartva.notification.feed.IntegratorAccess;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

@Configuration
@EnableScheduling
public class NotificationServiceConfiguration {

    @Bean
    ReferenceData referenceData() {
        return ReferenceData.bundled();
    }

    @Bean
    TerritoryDirectory territoryDirectory(ReferenceData reference) {
        return reference.territories();
    }

    @Bean
    NotificationMatrix notificationMatrix(@Value("${mimartva.notification.matrix}") Resource matrix,
                                          ReferenceData reference) throws IOException {
        try (InputStream in = matrix.getInputStream()) {
            return NotificationMatrix.load(in, reference);
        }
    }

    /** The external channels of the bodies that have them; the bundled file has none (inbox only). */
    @Bean
    RecipientChannels recipientChannels(@Value("${mimartva.notification.channels:classpath:recipient-channels.json}") Resource file,
                                        Environment environment) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return RecipientChannels.load(in, name -> environment.getProperty("mimartva.notification.webhook-secrets." + name));
        }
    }

    /** Which events each integrator may see. */
    @Bean
    IntegratorAccess integratorAccess(@Value("${mimartva.integration.access:classpath:integrator-access.json}") Resource file)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return IntegratorAccess.load(in);
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
