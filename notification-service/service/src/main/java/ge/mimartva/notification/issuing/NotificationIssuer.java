package ge.mimartva.notification.issuing;

import ge.mimartva.notification.command.IssueNotification;
import ge.mimartva.notification.matrix.NotificationMatrix;
import ge.mimartva.notification.matrix.TriggerFacts;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.axon.ActingCommands;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Issues the notifications the matrix calls for on one triggering event: one per rule and body. Each notification's
 * id is derived from the triggering event, the rule and the body, so the same event handled twice (a redelivery, a
 * retry after a crash) finds its notifications already issued and issues none twice.
 */
@Component
public class NotificationIssuer {

    private final NotificationMatrix matrix;
    private final ActingCommands commands;

    public NotificationIssuer(NotificationMatrix matrix, ActingCommands commands) {
        this.matrix = matrix;
        this.commands = commands;
    }

    /** @param context the triggering event's context, already re-attributed to notification-service */
    public void issue(String trigger, String triggerEventId, Instant occurredAt, TriggerFacts facts,
                      MessageContext context) {
        for (NotificationMatrix.Addressed n : matrix.notificationsFor(trigger, facts)) {
            String notificationId = UUID.nameUUIDFromBytes((triggerEventId + "|" + n.rule().id() + "|" + n.body().id())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            IssueNotification issue = new IssueNotification(notificationId, facts.referralId(), n.rule().id(),
                    n.rule().version(), n.rule().legalBasis(), n.body().id(), n.body().name(), n.recipient().channel(),
                    facts.municipality(), facts.concerns(), facts.immediateDanger(), occurredAt,
                    occurredAt.plus(n.recipient().acknowledgeWithin()), n.recipient().escalates(), facts.about());
            commands.sendOnce(issue, context);
        }
    }
}
