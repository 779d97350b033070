package ge.mimartva.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.platform.messages.MessageContext;

import java.time.Instant;

/** An integration event as a consumer receives it; the payload is read into the producer's published record. */
public record ReceivedIntegrationEvent(String eventId, String source, String type, int version, Instant occurredAt,
                                       MessageContext context, JsonNode payload, ObjectMapper mapper) {

    public boolean is(String expectedSource, String expectedType, int expectedVersion) {
        return source.equals(expectedSource) && type.equals(expectedType) && version == expectedVersion;
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
