package ge.mimartva.notification.query;

import ge.mimartva.platform.mongo.ReadModelIndex.QueryShape;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every query of notification-service's read models, and the declared index that serves it. */
class ReadModelIndexesTest {

    @Test
    void everyQueryHasAnIndexThatServesIt() {
        ReadModelIndexesConfiguration indexes = new ReadModelIndexesConfiguration();
        assertThat(indexes.inboxStillToAcknowledge().serves(QueryShape.of("InboxQueries.inboxOf (open)",
                InboxDocument.class, Set.of("recipientBody", "acknowledgedAt"), "acknowledgeBy", "_id"))).isTrue();
        assertThat(indexes.inboxAcknowledged().serves(QueryShape.of("InboxQueries.inboxOf (acknowledged)",
                InboxDocument.class, Set.of("recipientBody"), "acknowledgedAt", "_id"))).isTrue();
    }
}
