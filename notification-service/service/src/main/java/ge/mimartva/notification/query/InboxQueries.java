package ge.mimartva.notification.query;

import ge.mimartva.platform.web.Page;
import ge.mimartva.platform.web.PageCursor;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
            page.addAll(find(open(recipientBody, filter, now, after), Sort.by("acknowledgeBy", "_id"), size + 1));
            if (page.size() > size) {
                return Page.of(page, size, last -> PageCursor.of(OPEN, last.acknowledgeBy().toString(), last.notificationId()));
            }
            after = Optional.empty();
        }
        if (!filter.wantsAcknowledged()) {
            return new Page<>(page, Optional.empty());
        }
        int room = size - page.size();
        List<InboxDocument> acknowledged = find(acknowledged(recipientBody, filter, after),
                Sort.by(Sort.Direction.DESC, "acknowledgedAt", "_id"), room + 1);
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

    private Criteria open(String recipientBody, InboxFilter filter, Instant now, Optional<PageCursor> after) {
        Criteria narrowed = narrowed(Criteria.where("recipientBody").is(recipientBody).and("acknowledgedAt").is(null), filter);
        Criteria open = filter.overdueOnly() ? narrowed.and("acknowledgeBy").lt(now) : narrowed;
        return after.map(c -> new Criteria().andOperator(open, new Criteria().orOperator(
                Criteria.where("acknowledgeBy").gt(c.instant(1)),
                Criteria.where("acknowledgeBy").is(c.instant(1)).and("_id").gt(c.value(2))))).orElse(open);
    }

    private Criteria acknowledged(String recipientBody, InboxFilter filter, Optional<PageCursor> after) {
        Criteria acknowledged = narrowed(Criteria.where("recipientBody").is(recipientBody).and("acknowledgedAt").ne(null),
                filter);
        return after.filter(c -> !c.value(1).isEmpty()).map(c -> new Criteria().andOperator(acknowledged,
                new Criteria().orOperator(Criteria.where("acknowledgedAt").lt(c.instant(1)),
                        Criteria.where("acknowledgedAt").is(c.instant(1)).and("_id").lt(c.value(2)))))
                .orElse(acknowledged);
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

    private List<InboxDocument> find(Criteria criteria, Sort sort, int limit) {
        return mongo.find(Query.query(criteria).with(sort).limit(limit), InboxDocument.class);
    }
}
