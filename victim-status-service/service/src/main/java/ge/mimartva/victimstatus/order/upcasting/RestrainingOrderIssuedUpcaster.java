package ge.mimartva.victimstatus.order.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ge.mimartva.victimstatus.order.OrderEvents.RestrainingOrderIssued;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * {@code RestrainingOrderIssued} revisions 1 and 2 → 3. Orders issued before the rule was mended carry the appeal
 * window counted from issue ({@code appealWindowEnds}) and a 24-hour deadline for the court's approval of surveillance
 * ({@code surveillanceApprovalDue}). The law counts the window from service on each party (L 10(3⁸)) and sets the 24
 * hours for the protocol's submission, not its approval (L 10¹(4)): both fields are dropped. The appeal window of such
 * an order runs once its service is recorded.
 */
@Component
public class RestrainingOrderIssuedUpcaster extends SingleEventUpcaster {

    static final String TYPE = RestrainingOrderIssued.class.getName();
    static final SimpleSerializedType REVISION_3 = new SimpleSerializedType(TYPE, "3");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().equals(TYPE)
                && ("1".equals(representation.getType().getRevision()) || "2".equals(representation.getType().getRevision()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_3, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            event.remove("appealWindowEnds");
            event.remove("surveillanceApprovalDue");
            return event;
        });
    }
}
