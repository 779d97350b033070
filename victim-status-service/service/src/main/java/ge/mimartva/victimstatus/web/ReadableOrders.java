package ge.mimartva.victimstatus.web;

import ge.mimartva.platform.mongo.KeysetOrder;
import ge.mimartva.platform.web.ListParameters;
import ge.mimartva.platform.web.Page;
import ge.mimartva.platform.web.PageCursor;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.security.Actor;
import ge.mimartva.victimstatus.query.OrderDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The orders a caller may see: the police of any district (an order is enforced wherever the victim is met), the
 * courts and auditors. Any other caller, and an order of the other kind, is answered as missing (404).
 */
@Component
public class ReadableOrders {

    private static final KeysetOrder NEWEST_FIRST = KeysetOrder.newestFirst("issuedAt");
    private static final KeysetOrder LONGEST_WAITING_FIRST = KeysetOrder.oldestFirst("surveillanceSubmittedAt");

    private final MongoTemplate mongo;
    private final ProtectionAccessPolicy access;

    public ReadableOrders(MongoTemplate mongo, ProtectionAccessPolicy access) {
        this.mongo = mongo;
        this.access = access;
    }

    public OrderDocument readable(UUID orderId, String kind, Actor actor) {
        return RecordNotFoundException.visible(Optional.ofNullable(mongo.findById(orderId.toString(), OrderDocument.class))
                        .filter(o -> o.kind().equals(kind)),
                o -> access.mayReadOrder(actor, o), "order");
    }

    /**
     * What a reader narrows a body's orders to (null or false for any): those still in force, a municipality (where
     * the victim lives), the start of a referral's number (checked by the caller: hexadecimal digits and dashes).
     */
    public record OrderFilter(boolean inForce, String municipality, String referralPrefix) {
    }

    /** The filter a list's query asks for, checked: a bad municipality or referral number is a 400 naming it. */
    public static OrderFilter filter(boolean inForce, String municipality, String referral) {
        ListParameters.check(new RequestValidation(), municipality, null, null, referral).orThrow();
        return new OrderFilter(inForce, municipality, ListParameters.referralPrefix(referral));
    }

    /** The orders of a kind a body issued, newest first, a page at a time. */
    public Page<OrderDocument> issuedBy(String body, String kind, OrderFilter filter, Optional<PageCursor> after, int size) {
        List<Criteria> criteria = new ArrayList<>(List.of(Criteria.where("issuingDistrict").is(body).and("kind").is(kind)));
        if (filter.inForce()) {
            criteria.add(Criteria.where("ended").is(false));
        }
        if (filter.municipality() != null) {
            criteria.add(Criteria.where("municipality").is(filter.municipality()));
        }
        if (filter.referralPrefix() != null) {
            criteria.add(Criteria.where("referralId").regex("^" + filter.referralPrefix()));
        }
        after.ifPresent(c -> criteria.add(NEWEST_FIRST.after(c.instant(0), c.value(1))));
        return Page.of(mongo.find(NEWEST_FIRST.pageOf(criteria, size), OrderDocument.class), size,
                last -> PageCursor.of(last.issuedAt().toString(), last.orderId()));
    }

    /**
     * The restraining orders whose surveillance protocol was submitted to {@code court} and awaits its decision
     * (L 10¹(4)), the longest waiting first, a page at a time.
     */
    public Page<OrderDocument> awaitingSurveillanceDecision(String court, Optional<PageCursor> after, int size) {
        List<Criteria> criteria = new ArrayList<>(List.of(Criteria.where("surveillanceCourt").is(court)
                .and("surveillance").is("AWAITING_COURT")));
        after.ifPresent(c -> criteria.add(LONGEST_WAITING_FIRST.after(c.instant(0), c.value(1))));
        return Page.of(mongo.find(LONGEST_WAITING_FIRST.pageOf(criteria, size), OrderDocument.class), size,
                last -> PageCursor.of(last.surveillanceSubmittedAt().toString(), last.orderId()));
    }
}
