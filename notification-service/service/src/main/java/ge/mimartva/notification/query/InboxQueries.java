package ge.mimartva.notification.query;

import ge.mimartva.platform.mongo.KeysetOrder;
import ge.mimartva.platform.web.Page;
import ge.mimartva.platform.web.PageCursor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Component
public class InboxQueries {

    /** The two parts of an inbox, in the cursor: what is still to acknowledge, then what was acknowledged. */
    static final String OPEN = "open";
    static final String ACKNOWLEDGED = "acknowledged";
    private static final KeysetOrder EARLIEST_DUE_FIRST = KeysetOrder.oldestFirst("acknowledgeBy");
    private static final KeysetOrder LATEST_ACKNOWLEDGED_FIRST = KeysetOrder.newestFirst("acknowledgedAt");

    /**
     * What a reader narrows an inbox to; null for any. {@code acknowledged}: only those (true) or only those still to
     * acknowledge (false); {@code overdueOnly}: still to acknowledge and past their time.
     */
    public record InboxFilter(Boolean acknowledged, boolean overdueOnly, String ruleId, String municipality,
                              Instant issuedFrom, Instant issuedBefore, String referralPrefix) {

        public static final InboxFilter ANY = new InboxFilter(null, false, null, null, null, null, null);

        boolean wantsOpen() {
            return !Boolean.TRUE.equals(acknowledged);
        }

        boolean wantsAcknowledged() {
            return !overdueOnly && !Boolean.FALSE.equals(acknowledged);
        }
    }

    private final MongoTemplate mongo;

    public InboxQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * A body's inbox, a page at a time, in the order its reader acts on it: what is still to acknowledge first, the
     * earliest due first (so the overdue lead, the oldest of them first), then what was acknowledged, the latest
     * first. {@code after} is the cursor of the page before.
     */
    public Page<InboxDocument> inboxOf(String recipientBody, InboxFilter filter, Optional<PageCursor> after, int size, Instant now) {
        List<InboxDocument> page = new ArrayList<>();
        boolean pastOpen = after.map(c -> c.value(0).equals(ACKNOWLEDGED)).orElse(false);
        if (filter.wantsOpen() && !pastOpen) {
            page.addAll(mongo.find(EARLIEST_DUE_FIRST.pageOf(open(recipientBody, filter, now, after), size),
                    InboxDocument.class));
            if (page.size() > size) {
                return Page.of(page, size, last -> PageCursor.of(OPEN, last.acknowledgeBy().toString(), last.notificationId()));
            }
            after = Optional.empty();
        }
        if (!filter.wantsAcknowledged()) {
            return new Page<>(page, Optional.empty());
        }
        int room = size - page.size();
        List<InboxDocument> acknowledged = mongo.find(LATEST_ACKNOWLEDGED_FIRST.pageOf(
                acknowledged(recipientBody, filter, after), room), InboxDocument.class);
        if (room == 0) {
            // the page is full of open ones: the acknowledged begin on the next, if there are any
            return new Page<>(page, acknowledged.isEmpty() ? Optional.empty()
                    : Optional.of(PageCursor.of(ACKNOWLEDGED, "", "")));
        }
        page.addAll(acknowledged);
        return Page.of(page, size, last -> PageCursor.of(ACKNOWLEDGED, last.acknowledgedAt().toString(),
                last.notificationId()));
    }

    public Optional<InboxDocument> notification(String notificationId) {
        return Optional.ofNullable(mongo.findById(notificationId, InboxDocument.class));
    }

    private List<Criteria> open(String recipientBody, InboxFilter filter, Instant now, Optional<PageCursor> after) {
        Criteria narrowed = narrowed(Criteria.where("recipientBody").is(recipientBody).and("acknowledgedAt").is(null), filter);
        List<Criteria> open = new ArrayList<>(List.of(filter.overdueOnly() ? narrowed.and("acknowledgeBy").lt(now) : narrowed));
        after.ifPresent(c -> open.add(EARLIEST_DUE_FIRST.after(c.instant(1), c.value(2))));
        return open;
    }

    private List<Criteria> acknowledged(String recipientBody, InboxFilter filter, Optional<PageCursor> after) {
        List<Criteria> acknowledged = new ArrayList<>(List.of(narrowed(Criteria.where("recipientBody").is(recipientBody)
                .and("acknowledgedAt").ne(null), filter)));
        after.filter(c -> !c.value(1).isEmpty())
                .ifPresent(c -> acknowledged.add(LATEST_ACKNOWLEDGED_FIRST.after(c.instant(1), c.value(2))));
        return acknowledged;
    }

    private static Criteria narrowed(Criteria criteria, InboxFilter filter) {
        if (filter.ruleId() != null) {
            criteria = criteria.and("ruleId").is(filter.ruleId());
        }
        if (filter.municipality() != null) {
            criteria = criteria.and("municipality").is(filter.municipality());
        }
        if (filter.issuedFrom() != null || filter.issuedBefore() != null) {
            Criteria issued = criteria.and("issuedAt");
            if (filter.issuedFrom() != null) {
                issued = issued.gte(filter.issuedFrom());
            }
            if (filter.issuedBefore() != null) {
                issued = issued.lt(filter.issuedBefore());
            }
            criteria = issued;
        }
        if (filter.referralPrefix() != null) {
            // Validated by the caller: hexadecimal digits and dashes only, so nothing in it is a pattern.
            criteria = criteria.and("referralId").regex("^" + filter.referralPrefix());
        }
        return criteria;
    }
}
