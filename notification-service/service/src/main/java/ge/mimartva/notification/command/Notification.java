package ge.mimartva.notification.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One notification to one body, by one matrix rule. Delivered once, acknowledged once, and only by its recipient;
 * repeating a delivery or an acknowledgement changes nothing (a retried request must not duplicate history).
 */
@Aggregate
public class Notification {

    @AggregateIdentifier
    private String notificationId;
    private String referralId;
    private String recipientBody;
    private boolean delivered;
    private boolean acknowledged;

    protected Notification() {
        // for Axon
    }

    @CommandHandler
    public Notification(IssueNotification c) {
        if (c.recipientBody() == null || c.ruleId() == null || c.acknowledgeBy() == null) {
            throw new NotificationRejected("A notification names its recipient, its matrix rule and its acknowledgement deadline.");
        }
        apply(new NotificationIssued(c.notificationId(), c.referralId(), c.ruleId(), c.ruleVersion(), c.legalBasis(),
                c.recipientBody(), c.recipientName(), c.channel(), c.municipality(), c.concerns(), c.immediateDanger(),
                c.issuedAt(), c.acknowledgeBy()));
    }

    @CommandHandler
    void handle(RecordDelivery c) {
        if (!delivered) {
            apply(new NotificationDelivered(notificationId, referralId, recipientBody, c.channel(), c.deliveredAt()));
        }
    }

    @CommandHandler
    void handle(AcknowledgeNotification c) {
        if (!recipientBody.equals(c.acknowledgingBody())) {
            throw new NotificationRejected("Only the receiving body acknowledges a notification.");
        }
        if (!acknowledged) {
            apply(new NotificationAcknowledged(notificationId, referralId, recipientBody, c.acknowledgedBy(),
                    c.acknowledgedAt()));
        }
    }

    @EventSourcingHandler
    void on(NotificationIssued e) {
        notificationId = e.notificationId();
        referralId = e.referralId();
        recipientBody = e.recipientBody();
    }

    @EventSourcingHandler
    void on(NotificationDelivered e) {
        delivered = true;
    }

    @EventSourcingHandler
    void on(NotificationAcknowledged e) {
        acknowledged = true;
    }
}
