package ge.mimartva.notification.query;

import ge.mimartva.platform.mongo.ReadModelIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indexes notification-service's read-model queries need (ReadModelIndexesTest lists each query and its index). */
@Configuration
public class ReadModelIndexesConfiguration {

    /** A body's notifications still to acknowledge, the earliest due first (InboxQueries.inboxOf). */
    @Bean
    ReadModelIndex inboxStillToAcknowledge() {
        return ReadModelIndex.on(InboxDocument.class, "recipientBody", "acknowledgedAt", "acknowledgeBy", "_id");
    }

    /** A body's acknowledged notifications, the latest first (InboxQueries.inboxOf). */
    @Bean
    ReadModelIndex inboxAcknowledged() {
        return ReadModelIndex.on(InboxDocument.class, "recipientBody", "acknowledgedAt:desc", "_id:desc");
    }
}
