package ge.mimartva.victimstatus.query;

import ge.mimartva.platform.mongo.KeysetOrder;
import ge.mimartva.platform.web.Page;
import ge.mimartva.platform.web.PageCursor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The victim statuses in one state, a page at a time, in the order their deciders need them: applications oldest
 * first (the longest waiting is decided first), granted statuses the soonest to expire first (L 16¹: the warning
 * before a status lapses), refused, revoked and expired ones newest first.
 */
@Component
public class VictimStatusQueries {

    /** The states a status is listed in, and the order each is read in. */
    public enum ListedState {
        APPLIED(KeysetOrder.oldestFirst("appliedAt")),
        GRANTED(KeysetOrder.oldestFirst("validUntil")),
        REFUSED(KeysetOrder.newestFirst("appliedAt")),
        REVOKED(KeysetOrder.newestFirst("appliedAt")),
        EXPIRED(KeysetOrder.newestFirst("appliedAt"));

        final KeysetOrder order;

        ListedState(KeysetOrder order) {
            this.order = order;
        }

        private boolean byExpiry() {
            return order.field().equals("validUntil");
        }

        private Object sortValueOf(PageCursor cursor) {
            return byExpiry() ? cursor.date(0) : cursor.instant(0);
        }

        private PageCursor cursorAfter(VictimStatusDocument last) {
            return PageCursor.of(byExpiry() ? last.validUntil().toString() : last.appliedAt().toString(), last.statusId());
        }
    }

    private final MongoTemplate mongo;

    public VictimStatusQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The statuses in {@code state}, narrowed to a municipality (where the victim lives) and the start of a referral's
     * number when given (null for any).
     */
    public Page<VictimStatusDocument> inState(ListedState state, String municipality, String referralPrefix,
                                              Optional<PageCursor> after, int size) {
        List<Criteria> all = new ArrayList<>(List.of(Criteria.where("state").is(state.name())));
        if (municipality != null) {
            all.add(Criteria.where("municipality").is(municipality));
        }
        if (referralPrefix != null) {
            // Validated by the caller: hexadecimal digits and dashes only, so nothing in it is a pattern.
            all.add(Criteria.where("referralId").regex("^" + referralPrefix));
        }
        after.ifPresent(c -> all.add(state.order.after(state.sortValueOf(c), c.value(1))));
        return Page.of(mongo.find(state.order.pageOf(all, size), VictimStatusDocument.class), size, state::cursorAfter);
    }
}
