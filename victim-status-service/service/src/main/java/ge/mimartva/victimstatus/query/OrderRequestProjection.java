package ge.mimartva.victimstatus.query;

import ge.mimartva.platform.projection.ReadModelWrites;
import ge.mimartva.victimstatus.request.OrderRequest;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code order-requests} read model; each update applies once. */
@Component
@ProcessingGroup(OrderRequestProjection.NAME)
public class OrderRequestProjection {

    public static final String NAME = "order-request-projection";

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;

    public OrderRequestProjection(MongoTemplate mongo, ReadModelWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @EventHandler
    void on(OrderRequest.OrderRequested e, @SequenceNumber long sequence) {
        if (writes.findById(e.requestId(), OrderRequestDocument.class) == null) {
            writes.save(new OrderRequestDocument(e.requestId(), e.referralId(), e.measure(), e.requester(), e.addressedTo(),
                    e.municipality(), e.requestedAt(), "REQUESTED", null, null, null, sequence));
        }
    }

    @EventHandler
    void on(OrderRequest.OrderRequestAnswered e, @SequenceNumber long sequence) {
        writes.applyOnce(OrderRequestDocument.class, e.requestId(), sequence, new Update()
                .set("state", e.issued() ? "ISSUED" : "REFUSED").set("orderId", e.orderId()).set("reasons", e.reasons())
                .set("answeredAt", e.answeredAt()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(OrderRequestDocument.class);
    }
}
