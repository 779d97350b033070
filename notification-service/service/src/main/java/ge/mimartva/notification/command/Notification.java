package ge.mimartva.notification.command;

import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One notification to one body, by one matrix rule. Delivered once per channel, acknowledged once, and only by its recipient;
 * repeating a delivery or an acknowledgement changes nothing (a retried request must not duplicate history). Unless
 * its rule says otherwise, an acknowledgement clock runs from issue: unacknowledged when it runs out, the
 * notification escalates once.
 */
@Aggregate
public class Notification {

    static final String ACKNOWLEDGEMENT_CLOCK = "acknowledgement";
    /** The in-app inbox channel. */
    public static final String INBOX = "INBOX";

    /** Who escalates an unacknowledged notification: the platform itself. */
    static final Actor CLOCK = Actor.service("notification-clock");

    @AggregateIdentifier
    private String notificationId;
    private String referralId;
    private String ruleId;
    private String recipientBody;
    private Instant acknowledgeBy;
    private final Set<String> deliveredChannels = new HashSet<>();
    private boolean acknowledged;
    private boolean escalated;

    protected Notification() {
        // for Axon
    }

    @CommandHandler
    public Notification(IssueNotification c, DeadlineManager deadlines) {
        if (c.recipientBody() == null || c.ruleId() == null || c.acknowledgeBy() == null) {
            throw new NotificationRuleViolation("A notification names its recipient, its matrix rule and its acknowledgement deadline.");
        }
        apply(new NotificationIssued(c.notificationId(), c.referralId(), c.ruleId(), c.ruleVersion(), c.legalBasis(),
                c.recipientBody(), c.recipientName(), c.channel(), c.municipality(), c.concerns(), c.immediateDanger(),
                c.issuedAt(), c.acknowledgeBy(), c.escalates(), c.about()));
        if (INBOX.equals(c.channel())) {
            // The in-app inbox lists a notification as it is issued: it is delivered in the same act, not by another
            // command (e-mail and webhooks are delivered when the receiver took the message, RecordDelivery).
            apply(new NotificationDelivered(c.notificationId(), c.referralId(), c.recipientBody(), INBOX, c.issuedAt()));
        }
        if (c.escalates()) {
            // The acknowledgement clock: a deadline stored in PostgreSQL, so it outlives restarts.
            deadlines.schedule(c.acknowledgeBy(), ACKNOWLEDGEMENT_CLOCK, new AcknowledgementDue(c.notificationId()),
                    new AggregateScopeDescriptor(Notification.class.getSimpleName(), c.notificationId()));
        }
    }

    @CommandHandler
    void handle(RecordDelivery c) {
        if (!deliveredChannels.contains(c.channel())) {
            apply(new NotificationDelivered(notificationId, referralId, recipientBody, c.channel(), c.deliveredAt()));
        }
    }

    @CommandHandler
    void handle(AcknowledgeNotification c, DeadlineManager deadlines) {
        if (!recipientBody.equals(c.acknowledgingBody())) {
            throw new NotificationRuleViolation("Only the receiving body acknowledges a notification.");
        }
        if (!acknowledged) {
            apply(new NotificationAcknowledged(notificationId, referralId, recipientBody, c.acknowledgedBy(),
                    c.acknowledgedAt()));
            deadlines.cancelAllWithinScope(ACKNOWLEDGEMENT_CLOCK);
        }
    }

    /** The clock ran out unacknowledged: escalate, as the platform. (A late acknowledgement is still recorded.) */
    @DeadlineHandler(deadlineName = ACKNOWLEDGEMENT_CLOCK)
    void on(AcknowledgementDue due, DeadlineMessage<?> message) {
        if (!acknowledged && !escalated) {
            apply(new NotificationEscalated(notificationId, referralId, ruleId, recipientBody, acknowledgeBy),
                    MessageContext.of(CLOCK, referralId, message.getIdentifier()).asMetaData());
        }
    }

    @EventSourcingHandler
    void on(NotificationIssued e) {
        notificationId = e.notificationId();
        referralId = e.referralId();
        ruleId = e.ruleId();
        recipientBody = e.recipientBody();
        acknowledgeBy = e.acknowledgeBy();
    }

    @EventSourcingHandler
    void on(NotificationEscalated e) {
        escalated = true;
    }

    @EventSourcingHandler
    void on(NotificationDelivered e) {
        deliveredChannels.add(e.channel());
    }

    @EventSourcingHandler
    void on(NotificationAcknowledged e) {
        acknowledged = true;
    }
}
