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
 * The penitentiary notices a body works with, a page at a time: those an institution sent, newest first; those a
 * police district must act on (L 17¹(4)–(5)), the ones still without the victim's interview the oldest first, or all
 * of them newest first.
 */
@Component
public class PenitentiaryNoticeQueries {

    private static final KeysetOrder OLDEST_FIRST = KeysetOrder.oldestFirst("effectiveAt");
    private static final KeysetOrder NEWEST_FIRST = KeysetOrder.newestFirst("effectiveAt");

    private final MongoTemplate mongo;

    public PenitentiaryNoticeQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Page<PenitentiaryNoticeDocument> sentBy(String institution, Optional<PageCursor> after, int size) {
        return page(Criteria.where("institution").is(institution), NEWEST_FIRST, after, size);
    }

    /** {@code awaitingInterview}: only those whose victim's interview the district has not yet recorded. */
    public Page<PenitentiaryNoticeDocument> toDistrict(String district, boolean awaitingInterview,
                                                       Optional<PageCursor> after, int size) {
        Criteria toDistrict = Criteria.where("policeDistrict").is(district);
        return awaitingInterview ? page(toDistrict.and("victimInterviewedAt").is(null), OLDEST_FIRST, after, size)
                : page(toDistrict, NEWEST_FIRST, after, size);
    }

    private Page<PenitentiaryNoticeDocument> page(Criteria whose, KeysetOrder order, Optional<PageCursor> after, int size) {
        List<Criteria> criteria = new ArrayList<>(List.of(whose));
        after.ifPresent(c -> criteria.add(order.after(c.instant(0), c.value(1))));
        return Page.of(mongo.find(order.pageOf(criteria, size), PenitentiaryNoticeDocument.class), size,
                last -> PageCursor.of(last.effectiveAt().toString(), last.noticeId()));
    }
}
