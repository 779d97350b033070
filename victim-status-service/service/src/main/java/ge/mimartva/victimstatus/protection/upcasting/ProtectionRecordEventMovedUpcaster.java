package ge.mimartva.victimstatus.protection.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import ge.mimartva.victimstatus.protection.ReferralLinkedToProtectionRecord;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * The protection record's event under the name it was stored with: the aggregate and its event lived in the package
 * {@code command} until the service's aggregates each took a package named for what they hold. The payload is
 * unchanged; only the type it is read as moves, revision kept.
 */
@Component
public class ProtectionRecordEventMovedUpcaster extends SingleEventUpcaster {

    static final String STORED_AS = "ge.mimartva.victimstatus.command.ReferralLinkedToProtectionRecord";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().equals(STORED_AS);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(ReferralLinkedToProtectionRecord.class.getName(),
                representation.getType().getRevision()), JsonNode.class, payload -> payload);
    }
}
