package ge.mimartva.notification.query;

import ge.mimartva.platform.mongo.ReadModelIndex.QueryShape;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every query of notification-service's read models, and the declared index that serves it. */
class ReadModelIndexesTest {

    @Test
    void everyQueryHasAnIndexThatServesIt() {
        assertThat(new ReadModelIndexesConfiguration().inboxByRecipient()
                .serves(QueryShape.of("InboxQueries.inboxOf", InboxDocument.class, Set.of("recipientBody"), "issuedAt")))
                .isTrue();
    }
}
