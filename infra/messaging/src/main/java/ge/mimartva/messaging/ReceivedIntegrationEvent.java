package ge.mimartva.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.platform.messages.MessageContext;

import java.time.Instant;

/** An integration event as a consumer receives it; the payload is read into the producer's published record. */
public record ReceivedIntegrationEvent(String eventId, String source, String type, int version, Instant occurredAt,
                                       MessageContext context, JsonNode payload, ObjectMapper mapper) {

    /** Whether this is an event of the published record, from that source. */
    public boolean is(String expectedSource, Class<?> record) {
        PublishedContract contract = PublishedContract.of(record);
        return source.equals(expectedSource) && type.equals(contract.type()) && version == contract.version();
    }

    public <T> T payloadAs(Class<T> contract) {
        try {
            return mapper.treeToValue(payload, contract);
        } catch (Exception e) {
            throw new UnprocessableIntegrationEvent(
                    "payload of " + source + "." + type + " v" + version + " does not match " + contract.getSimpleName());
        }
    }
}
