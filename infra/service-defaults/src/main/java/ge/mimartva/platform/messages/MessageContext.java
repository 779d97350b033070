package ge.mimartva.platform.messages;

import ge.mimartva.security.Actor;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;

/**
 * What every command and event carries besides its payload: the correlation id (the referral whose chain it belongs
 * to), the causation id (the event or request that caused it) and the acting person, role and body. The keys are
 * also the header names on RabbitMQ, so the context crosses service boundaries unchanged.
 */
public record MessageContext(String correlationId, String causationId, String actorId, String actorUsername,
                             String actorRole, String actorBody) {

    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_USERNAME = "actorUsername";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String ACTOR_BODY = "actorBody";

    public static final String[] KEYS = {CORRELATION_ID, CAUSATION_ID, ACTOR_ID, ACTOR_USERNAME, ACTOR_ROLE, ACTOR_BODY};

    public static MessageContext of(Actor actor, String correlationId, String causationId) {
        return new MessageContext(correlationId, causationId, actor.id(), actor.username(), actor.primaryRole(),
                actor.body());
    }

    public static MessageContext from(Map<String, ?> values) {
        return new MessageContext(string(values, CORRELATION_ID), string(values, CAUSATION_ID), string(values, ACTOR_ID),
                string(values, ACTOR_USERNAME), string(values, ACTOR_ROLE), string(values, ACTOR_BODY));
    }

    private static String string(Map<String, ?> values, String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }

    /** The same context, caused by another message (an event handled, a request received). */
    public MessageContext causedBy(String messageId) {
        return new MessageContext(correlationId, messageId, actorId, actorUsername, actorRole, actorBody);
    }

    /** The same correlation and causation, acted by someone else (e.g. a platform service reacting to an event). */
    public MessageContext actedBy(Actor actor) {
        return of(actor, correlationId, causationId);
    }

    public Map<String, String> asMap() {
        Map<String, String> map = new HashMap<>();
        put(map, CORRELATION_ID, correlationId);
        put(map, CAUSATION_ID, causationId);
        put(map, ACTOR_ID, actorId);
        put(map, ACTOR_USERNAME, actorUsername);
        put(map, ACTOR_ROLE, actorRole);
        put(map, ACTOR_BODY, actorBody);
        return map;
    }

    public MetaData asMetaData() {
        return MetaData.from(asMap());
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
