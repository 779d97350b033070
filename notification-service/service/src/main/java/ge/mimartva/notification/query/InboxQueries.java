package ge.mimartva.notification.query;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

@Component
public class InboxQueries {

    private final MongoTemplate mongo;

    public InboxQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A body's inbox, newest first. */
    public List<InboxDocument> inboxOf(String recipientBody, int limit) {
        return mongo.find(Query.query(Criteria.where("recipientBody").is(recipientBody))
                .with(Sort.by(Sort.Direction.DESC, "issuedAt")).limit(limit), InboxDocument.class);
    }

    public Optional<InboxDocument> notification(String notificationId) {
        return Optional.ofNullable(mongo.findById(notificationId, InboxDocument.class));
    }
}
