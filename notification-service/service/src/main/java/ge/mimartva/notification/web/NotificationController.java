package ge.mimartva.notification.web;

import ge.mimartva.notification.api.InboxItem;
import ge.mimartva.notification.api.NotificationContract;
import ge.mimartva.notification.api.NotificationStatus;
import ge.mimartva.notification.command.AcknowledgeNotification;
import ge.mimartva.notification.query.InboxDocument;
import ge.mimartva.notification.query.InboxQueries;
import ge.mimartva.notification.query.InboxQueries.InboxFilter;
import ge.mimartva.platform.web.ListParameters;
import ge.mimartva.platform.web.PageCursor;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.reference.GeorgianTime;
import jakarta.servlet.http.HttpServletRequest;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.platform.axon.ActingCommands;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A receiving body's inbox, and its acknowledgements. Every caller sees only the notifications of their own body. */
@RestController
@RequestMapping("/api/notifications")
public class NotificationController {

    private final InboxQueries inbox;
    private final ActingCommands commands;
    private final Clock clock;

    public NotificationController(InboxQueries inbox, ActingCommands commands, Clock clock) {
        this.inbox = inbox;
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * The caller's body's inbox, a page at a time: what is still to acknowledge first, the earliest due first (the
     * overdue lead), then what was acknowledged, the latest first. Narrowed by {@code state} (open, acknowledged),
     * {@code overdue}, {@code rule} (a row of the matrix), {@code municipality}, the days it was issued
     * ({@code from}, {@code to}: the day after the last) and the start of a referral's number. When there is more, the
     * {@code Link} header (rel="next") is the next page's address.
     */
    @GetMapping
    public ResponseEntity<List<InboxItem>> inbox(@RequestParam(defaultValue = "100") int limit,
                                                 @RequestParam(required = false) String cursor,
                                                 @RequestParam(required = false) String state,
                                                 @RequestParam(defaultValue = "false") boolean overdue,
                                                 @RequestParam(required = false) String rule,
                                                 @RequestParam(required = false) String municipality,
                                                 @RequestParam(required = false) LocalDate from,
                                                 @RequestParam(required = false) LocalDate to,
                                                 @RequestParam(required = false) String referral,
                                                 HttpServletRequest request) {
        ListParameters.check(new RequestValidation(), municipality, from, to, referral)
                .check(state == null || state.equals("open") || state.equals("acknowledged"), "state", "open or acknowledged")
                .check(rule == null || NotificationContract.RULES.contains(rule), "rule", "a row of the matrix, e.g. N1")
                .orThrow();
        Optional<PageCursor> after = PageCursor.parse(cursor, 3);
        Actor actor = CurrentActor.get();
        if (actor.body() == null) {
            return ResponseEntity.ok(List.of());
        }
        Instant now = Instant.now(clock);
        InboxFilter filter = new InboxFilter(state == null ? null : state.equals("acknowledged"), overdue, rule,
                municipality, GeorgianTime.startOf(from),
                GeorgianTime.startOf(to),
                ListParameters.referralPrefix(referral));
        return inbox.inboxOf(actor.body(), filter, after, ListParameters.pageSize(limit, 500), now)
                .answer(request, d -> item(d, now));
    }

    @PostMapping("/{notificationId}/acknowledgement")
    public ResponseEntity<InboxItem> acknowledge(@PathVariable UUID notificationId) {
        Actor actor = CurrentActor.get();
        InboxDocument notification = inbox.notification(notificationId.toString())
                .filter(d -> actor.actsFor(d.recipientBody()))
                .orElseThrow(() -> new RecordNotFoundException("notification"));
        Instant now = Instant.now(clock);
        MessageContext context = MessageContext.of(actor, notification.referralId(), notification.issuedEventId());
        commands.send(new AcknowledgeNotification(notification.notificationId(), actor.body(), actor.username(), now),
                context);
        InboxDocument acknowledged = notification.status() == NotificationStatus.ACKNOWLEDGED ? notification
                : notification.acknowledged(now, actor.username());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(item(acknowledged, now));
    }

    private static InboxItem item(InboxDocument d, Instant now) {
        boolean overdue = d.status() != NotificationStatus.ACKNOWLEDGED && d.acknowledgeBy().isBefore(now);
        return new InboxItem(d.notificationId(), d.referralId(), d.ruleId(), d.ruleVersion(), d.legalBasis(),
                d.recipientBody(), d.recipientName(), d.channel(), d.municipality(), d.concerns(), d.immediateDanger(),
                d.status(), d.issuedAt(), d.acknowledgeBy(), overdue, d.deliveredAt(), d.acknowledgedAt(),
                d.acknowledgedBy(), d.about());
    }
}
