package ge.mimartva.notification;

import ge.mimartva.notification.matrix.NotificationMatrix;
import ge.mimartva.reference.TerritoryDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

@Configuration
public class NotificationServiceConfiguration {

    @Bean
    TerritoryDirectory territoryDirectory() {
        return TerritoryDirectory.bundled();
    }

    @Bean
    NotificationMatrix notificationMatrix(@Value("${mimartva.notification.matrix}") Resource matrix,
                                          TerritoryDirectory territories) throws IOException {
        try (InputStream in = matrix.getInputStream()) {
            return NotificationMatrix.load(in, territories);
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
