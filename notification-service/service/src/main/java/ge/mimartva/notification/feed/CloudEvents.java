package ge.mimartva.notification.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Feed entries as CloudEvents 1.0 in structured JSON mode. */
public final class CloudEvents {

    private CloudEvents() {
    }

    public static Map<String, Object> of(FeedEntry e, ObjectMapper mapper) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", e.eventId());
        event.put("source", "urn:mimartva:" + e.source() + "-service");
        event.put("type", "ge.mimartva." + e.source() + "." + e.type() + ".v" + e.version());
        event.put("time", e.occurredAt().toString());
        event.put("datacontenttype", "application/json");
        if (e.correlationId() != null) {
            event.put("subject", "referral/" + e.correlationId());
        }
        try {
            event.put("data", mapper.readValue(e.payload(), JsonNode.class));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
        return event;
    }
}
