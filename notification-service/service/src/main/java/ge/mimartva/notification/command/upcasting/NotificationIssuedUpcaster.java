package ge.mimartva.notification.command.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ge.mimartva.notification.command.NotificationIssued;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code NotificationIssued} revision 1 → 2. Notifications issued before acknowledgement clocks existed carry no
 * {@code escalates}; every row then was one whose notifications must be acknowledged, so they read as escalating
 * (no clock was scheduled for them: they are shown overdue, not escalated).
 */
@Component
@Order(1)
public class NotificationIssuedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(NotificationIssued.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(NotificationIssued.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            if (!event.has("escalates")) {
                event.put("escalates", true);
            }
            return event;
        });
    }
}
