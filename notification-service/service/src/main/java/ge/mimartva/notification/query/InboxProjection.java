package ge.mimartva.notification.query;

import ge.mimartva.notification.api.NotificationStatus;
import ge.mimartva.notification.command.NotificationAcknowledged;
import ge.mimartva.notification.command.NotificationDelivered;
import ge.mimartva.notification.command.NotificationEscalated;
import ge.mimartva.notification.command.NotificationIssued;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import ge.mimartva.platform.projection.ReadModelWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps every body's inbox. Idempotent (whole documents written by id), so a replay rebuilds the same inboxes. */
@Component
@ProcessingGroup(InboxProjection.NAME)
public class InboxProjection {

    public static final String NAME = "inbox-projection";

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;

    public InboxProjection(MongoTemplate mongo, ReadModelWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @EventHandler
    void on(NotificationIssued e, EventMessage<?> message) {
        writes.save(new InboxDocument(e.notificationId(), message.getIdentifier(), e.referralId(), e.ruleId(), e.ruleVersion(), e.legalBasis(),
                e.recipientBody(), e.recipientName(), e.channel(), e.municipality(), e.concerns(), e.immediateDanger(),
                NotificationStatus.PENDING, e.issuedAt(), e.acknowledgeBy(), null, null, null, e.about()));
    }

    @EventHandler
    void on(NotificationEscalated e) {
        InboxDocument d = writes.findById(e.notificationId(), InboxDocument.class);
        writes.save(d.escalated());
    }

    @EventHandler
    void on(NotificationDelivered e) {
        InboxDocument d = writes.findById(e.notificationId(), InboxDocument.class);
        writes.save(d.delivered(e.deliveredAt()));
    }

    @EventHandler
    void on(NotificationAcknowledged e) {
        InboxDocument d = writes.findById(e.notificationId(), InboxDocument.class);
        writes.save(d.acknowledged(e.acknowledgedAt(), e.acknowledgedBy()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(InboxDocument.class);
    }
}
