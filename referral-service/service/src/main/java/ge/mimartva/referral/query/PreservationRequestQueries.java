package ge.mimartva.referral.query;

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
 * The Cyber Crime Division's queue of preservation requests, a page at a time: the open ones by their next due time
 * (missed clocks first), or the closed ones newest first.
 */
@Component
public class PreservationRequestQueries {

    private static final KeysetOrder BY_NEXT_DUE = KeysetOrder.oldestFirst("nextDueAt");
    private static final KeysetOrder NEWEST_FIRST = KeysetOrder.newestFirst("recordedAt");

    private final MongoTemplate mongo;

    public PreservationRequestQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Page<PreservationRequestDocument> queue(boolean open, Optional<PageCursor> after, int size) {
        KeysetOrder order = open ? BY_NEXT_DUE : NEWEST_FIRST;
        List<Criteria> criteria = new ArrayList<>(List.of(Criteria.where("open").is(open)));
        after.ifPresent(c -> criteria.add(order.after(c.instant(0), c.value(1))));
        return Page.of(mongo.find(order.pageOf(criteria, size), PreservationRequestDocument.class), size,
                last -> PageCursor.of((open ? last.nextDueAt() : last.recordedAt()).toString(), last.requestId()));
    }
}
