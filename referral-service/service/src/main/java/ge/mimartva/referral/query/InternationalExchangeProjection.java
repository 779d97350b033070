package ge.mimartva.referral.query;

import ge.mimartva.platform.mongo.KeysetOrder;
import ge.mimartva.platform.projection.ReadModelWrites;
import ge.mimartva.platform.web.Page;
import ge.mimartva.platform.web.PageCursor;
import ge.mimartva.referral.command.cooperation.InternationalExchange.InternationalExchangeRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the {@code international-exchanges} read model (each record is written once, by its id) and lists it, newest
 * first, a page at a time.
 */
@Component
@ProcessingGroup(InternationalExchangeProjection.NAME)
public class InternationalExchangeProjection {

    public static final String NAME = "international-exchange-projection";
    private static final KeysetOrder NEWEST_FIRST = KeysetOrder.newestFirst("recordedAt");

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;

    public InternationalExchangeProjection(MongoTemplate mongo, ReadModelWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @EventHandler
    void on(InternationalExchangeRecorded e) {
        writes.save(new InternationalExchangeDocument(e.exchangeId(), e.channel(), e.counterpart(), e.referralId(),
                e.requestId(), e.sent(), e.materialHash(), e.icseContribution(), e.icseReason(), e.recordedBy(),
                e.recordedAt()));
    }

    public Page<InternationalExchangeDocument> newestFirst(Optional<PageCursor> after, int size) {
        List<Criteria> criteria = new ArrayList<>(List.of(Criteria.where("recordedAt").exists(true)));
        after.ifPresent(c -> criteria.add(NEWEST_FIRST.after(c.instant(0), c.value(1))));
        return Page.of(mongo.find(NEWEST_FIRST.pageOf(criteria, size), InternationalExchangeDocument.class), size,
                last -> PageCursor.of(last.recordedAt().toString(), last.exchangeId()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(InternationalExchangeDocument.class);
    }
}
