package ge.mimartva.notification.web;

import ge.mimartva.notification.api.InboxItem;
import ge.mimartva.notification.api.NotificationStatus;
import ge.mimartva.notification.command.AcknowledgeNotification;
import ge.mimartva.notification.query.InboxDocument;
import ge.mimartva.notification.query.InboxQueries;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A receiving body's inbox, and its acknowledgements. Every caller sees only the notifications of their own body. */
@RestController
@RequestMapping("/api/notifications")
public class NotificationController {

    private final InboxQueries inbox;
    private final CommandGateway commands;
    private final Clock clock;

    public NotificationController(InboxQueries inbox, CommandGateway commands, Clock clock) {
        this.inbox = inbox;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping
    public ResponseEntity<List<InboxItem>> inbox(@RequestParam(defaultValue = "100") int limit) {
        Actor actor = CurrentActor.get();
        if (actor.body() == null) {
            return ResponseEntity.ok(List.of());
        }
        Instant now = Instant.now(clock);
        List<InboxItem> items = inbox.inboxOf(actor.body(), Math.max(1, Math.min(limit, 500))).stream()
                .map(d -> item(d, now)).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(items);
    }

    @PostMapping("/{notificationId}/acknowledgement")
    public ResponseEntity<InboxItem> acknowledge(@PathVariable UUID notificationId) {
        Actor actor = CurrentActor.get();
        InboxDocument notification = inbox.notification(notificationId.toString())
                .filter(d -> actor.actsFor(d.recipientBody()))
                .orElseThrow(() -> new RecordNotFoundException("notification"));
        Instant now = Instant.now(clock);
        MessageContext context = MessageContext.of(actor, notification.referralId(), notification.issuedEventId());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new AcknowledgeNotification(
                notification.notificationId(), actor.body(), actor.username(), now)).andMetaData(context.asMap()));
        InboxDocument acknowledged = notification.status() == NotificationStatus.ACKNOWLEDGED ? notification
                : notification.acknowledged(now, actor.username());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(item(acknowledged, now));
    }

    private static InboxItem item(InboxDocument d, Instant now) {
        boolean overdue = d.status() != NotificationStatus.ACKNOWLEDGED && d.acknowledgeBy().isBefore(now);
        return new InboxItem(d.notificationId(), d.referralId(), d.ruleId(), d.ruleVersion(), d.legalBasis(),
                d.recipientBody(), d.recipientName(), d.channel(), d.municipality(), d.concerns(), d.immediateDanger(),
                d.status(), d.issuedAt(), d.acknowledgeBy(), overdue, d.deliveredAt(), d.acknowledgedAt(),
                d.acknowledgedBy());
    }
}
