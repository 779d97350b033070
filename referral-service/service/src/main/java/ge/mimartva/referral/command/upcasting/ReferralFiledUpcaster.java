package ge.mimartva.referral.command.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ge.mimartva.reference.Territory;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.referral.command.ReferralFiled;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ReferralFiled} revision 1 → 2. Referrals filed before the lifecycle was built carry no owning unit (nor the
 * optional intake fields, which read as absent); the unit that owned them is the agency unit of the child's
 * municipality in the routing file.
 */
@Component
@Order(1)
public class ReferralFiledUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ReferralFiled.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ReferralFiled.class.getName(), "2");

    private final TerritoryDirectory territories;

    public ReferralFiledUpcaster(TerritoryDirectory territories) {
        this.territories = territories;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            if (!event.hasNonNull("owningUnit")) {
                String municipality = event.path("child").path("municipality").asText(null);
                territories.find(municipality).map(Territory::agencyUnit)
                        .ifPresent(unit -> event.put("owningUnit", unit.id()));
            }
            return event;
        });
    }
}
