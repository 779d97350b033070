package ge.mimartva.victimstatus.query;

import ge.mimartva.platform.pseudonym.SubjectPseudonyms;
import ge.mimartva.victimstatus.order.Conciliation;
import ge.mimartva.victimstatus.order.OrderEvents;
import ge.mimartva.victimstatus.order.Party;
import ge.mimartva.victimstatus.order.ProtectiveOrder;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import ge.mimartva.platform.projection.ReadModelWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/**
 * Keeps the {@code orders} read model of restraining and protective orders; each update applies once (guarded by the
 * event's sequence number).
 */
@Component
@ProcessingGroup(OrderProjection.NAME)
public class OrderProjection {

    public static final String NAME = "order-projection";

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;
    private final SubjectPseudonyms pseudonyms;

    public OrderProjection(MongoTemplate mongo, ReadModelWrites writes, SubjectPseudonyms pseudonyms) {
        this.mongo = mongo;
        this.writes = writes;
        this.pseudonyms = pseudonyms;
    }

    private String subjectOf(Party victim) {
        return victim.personalNumber() == null ? null : pseudonyms.of(victim.personalNumber());
    }

    @EventHandler
    void on(OrderEvents.RestrainingOrderIssued e, @SequenceNumber long sequence) {
        if (writes.findById(e.orderId(), OrderDocument.class) == null) {
            writes.save(new OrderDocument(e.orderId(), OrderDocument.RESTRAINING, e.referralId(), subjectOf(e.victim()),
                    e.issuingDistrict(), e.victim().municipality(), e.matters(), e.issuedAt(), e.validUntil(), Map.of(),
                    Map.of(), 0, 0, 0, null, "NONE", null, null, null, "NONE", 0, false, false, null, sequence));
        }
    }

    @EventHandler
    void on(OrderEvents.RestrainingOrderServed e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().set("servedAt." + e.party().name(), e.servedAt())
                .set("appealWindowEnds." + e.party().name(), e.appealWindowEnds()));
    }

    @EventHandler
    void on(OrderEvents.AppealLodged e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().inc("appeals", 1));
    }

    @EventHandler
    void on(OrderEvents.AppealDecided e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().inc(e.upheld() ? "appealsUpheld" : "appealsDismissed", 1));
    }

    @EventHandler
    void on(OrderEvents.VictimInformedOfRights e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().set("victimInformedAt", e.informedAt()));
    }

    @EventHandler
    void on(OrderEvents.SurveillanceImposed e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().set("surveillance", "AWAITING_SUBMISSION")
                .set("surveillanceSubmissionDue", e.submissionDue()));
    }

    @EventHandler
    void on(OrderEvents.SurveillanceProtocolSubmitted e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().set("surveillance", "AWAITING_COURT")
                .set("surveillanceCourt", e.court()).set("surveillanceSubmittedAt", e.submittedAt()));
    }

    @EventHandler
    void on(OrderEvents.SurveillanceApproved e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().set("surveillance", "APPROVED"));
    }

    @EventHandler
    void on(OrderEvents.SurveillanceEnded e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().set("surveillance", "ENDED: " + e.reason()));
    }

    @EventHandler
    void on(Conciliation.TerminationOnConciliationRequested e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().set("conciliation", "REQUESTED"));
    }

    @EventHandler
    void on(Conciliation.TerminationOnConciliationRefused e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().set("conciliation", "REFUSED"));
    }

    @EventHandler
    void on(OrderEvents.RestrainingOrderCancelled e, @SequenceNumber long sequence) {
        end(e.orderId(), sequence, e.ground() == OrderEvents.CancellationGround.CONCILIATION ? "CONCILIATION" : "CANCELLED");
    }

    @EventHandler
    void on(OrderEvents.OrderViolationRecorded e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().inc("violations", 1));
    }

    @EventHandler
    void on(OrderEvents.OrderExpiryApproaching e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().set("expiryWarned", true));
    }

    @EventHandler
    void on(OrderEvents.OrderExpired e, @SequenceNumber long sequence) {
        end(e.orderId(), sequence, "EXPIRED");
    }

    @EventHandler
    void on(ProtectiveOrder.ProtectiveOrderIssued e, @SequenceNumber long sequence) {
        if (writes.findById(e.orderId(), OrderDocument.class) == null) {
            writes.save(new OrderDocument(e.orderId(), OrderDocument.PROTECTIVE, e.referralId(), subjectOf(e.victim()),
                    e.court(), e.victim().municipality(), Set.of(), e.issuedAt(), e.validUntil(), Map.of(), Map.of(), 0,
                    0, 0, null, "NONE", null, null, null, "NONE", 0, false, false, null, sequence));
        }
    }

    @EventHandler
    void on(ProtectiveOrder.ProtectiveOrderExtended e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().set("validUntil", e.extendedUntil()).set("expiryWarned", false));
    }

    @EventHandler
    void on(ProtectiveOrder.ProtectiveOrderViolationRecorded e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().inc("violations", 1));
    }

    @EventHandler
    void on(ProtectiveOrder.ProtectiveOrderExpiryApproaching e, @SequenceNumber long sequence) {
        apply(e.orderId(), sequence, new Update().set("expiryWarned", true));
    }

    @EventHandler
    void on(ProtectiveOrder.ProtectiveOrderEnded e, @SequenceNumber long sequence) {
        end(e.orderId(), sequence, e.reason());
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(OrderDocument.class);
    }

    private void end(String orderId, long sequence, String because) {
        apply(orderId, sequence, new Update().set("ended", true).set("endedBecause", because));
    }

    private void apply(String orderId, long sequence, Update update) {
        writes.applyOnce(OrderDocument.class, orderId, sequence, update);
    }
}
