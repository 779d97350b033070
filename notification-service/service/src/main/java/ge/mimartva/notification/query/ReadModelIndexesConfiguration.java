package ge.mimartva.notification.query;

import ge.mimartva.platform.mongo.ReadModelIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indexes notification-service's read-model queries need (ReadModelIndexesTest lists each query and its index). */
@Configuration
public class ReadModelIndexesConfiguration {

    /** A body's inbox, newest first (InboxQueries.inboxOf). */
    @Bean
    ReadModelIndex inboxByRecipient() {
        return ReadModelIndex.on(InboxDocument.class, "recipientBody", "issuedAt:desc");
    }
}
