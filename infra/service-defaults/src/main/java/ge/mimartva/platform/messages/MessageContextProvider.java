package ge.mimartva.platform.messages;

import ge.mimartva.platform.tracing.TraceParents;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies the {@link MessageContext} of the message being handled onto every message it produces: the events a
 * command applies carry the command's correlation, causation and actor, and its trace ({@link TraceParents#KEY}).
 * (Replaces Axon's MessageOriginProvider, whose "correlationId" would mean the causing message instead of the referral.)
 */
public class MessageContextProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : MessageContext.KEYS) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        Object traceParent = message.getMetaData().get(TraceParents.KEY);
        if (traceParent != null) {
            data.put(TraceParents.KEY, traceParent);
        }
        return data;
    }
}
