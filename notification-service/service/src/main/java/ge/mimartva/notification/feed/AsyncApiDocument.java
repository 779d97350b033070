package ge.mimartva.notification.feed;

import ge.mimartva.messaging.PersonalDataErasedV1;
import ge.mimartva.notification.api.NotificationAcknowledgedV1;
import ge.mimartva.notification.api.NotificationContract;
import ge.mimartva.notification.api.NotificationDeliveredV1;
import ge.mimartva.notification.api.NotificationEscalatedV1;
import ge.mimartva.notification.api.NotificationIssuedV1;
import ge.mimartva.referral.api.ReferralCaseEvents;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.victimstatus.api.ReferralLinkedToProtectionRecordV1;
import ge.mimartva.victimstatus.api.VictimStatusContract;
import ge.mimartva.victimstatus.api.VictimStatusEvents;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AsyncAPI 3.0 document of every published integration event, generated from the contract records of the
 * services' {@code api} modules, so it cannot drift from what is published: one channel per routing key
 * ({@code <source>.<Type>.v<version>} on the {@code mimartva.events} topic exchange), its payload schema read from the
 * record's components.
 */
public final class AsyncApiDocument {

    /** A published event: its source and its contract record (which names its TYPE and VERSION). */
    public record Contract(String source, Class<? extends Record> record) {

        public String type() {
            return (String) constant(record, "TYPE");
        }

        public int version() {
            Object own = constant(record, "VERSION");
            return (int) (own != null ? own : constant(record.getEnclosingClass(), "VERSION"));
        }

        public String routingKey() {
            return source + "." + type() + ".v" + version();
        }

        private static Object constant(Class<?> type, String name) {
            try {
                Field field = type.getField(name);
                return field.get(null);
            } catch (NoSuchFieldException e) {
                return null;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every integration event the platform publishes. */
    @SuppressWarnings("unchecked")
    public static List<Contract> published() {
        List<Contract> contracts = new ArrayList<>();
        contracts.add(new Contract(ReferralContract.SOURCE, ReferralFiledV1.class));
        Arrays.stream(ReferralCaseEvents.class.getDeclaredClasses()).filter(Class::isRecord)
                .forEach(c -> contracts.add(new Contract(ReferralContract.SOURCE, (Class<? extends Record>) c)));
        for (Class<? extends Record> c : List.of(NotificationIssuedV1.class, NotificationDeliveredV1.class,
                NotificationAcknowledgedV1.class, NotificationEscalatedV1.class)) {
            contracts.add(new Contract(NotificationContract.SOURCE, c));
        }
        contracts.add(new Contract(VictimStatusContract.SOURCE, ReferralLinkedToProtectionRecordV1.class));
        Arrays.stream(VictimStatusEvents.class.getDeclaredClasses()).filter(Class::isRecord)
                .forEach(c -> contracts.add(new Contract(VictimStatusContract.SOURCE, (Class<? extends Record>) c)));
        for (String source : List.of(ReferralContract.SOURCE, NotificationContract.SOURCE, VictimStatusContract.SOURCE)) {
            contracts.add(new Contract(source, PersonalDataErasedV1.class));
        }
        return contracts;
    }

    public static Map<String, Object> of(List<Contract> contracts) {
        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        Map<String, Object> messages = new LinkedHashMap<>();
        for (Contract c : contracts) {
            String name = c.record().getSimpleName();
            messages.put(name, Map.of(
                    "name", c.type(),
                    "title", c.routingKey(),
                    "contentType", "application/json",
                    "headers", headers(),
                    "payload", schema(c.record())));
            channels.put(c.routingKey(), Map.of(
                    "address", c.routingKey(),
                    "messages", Map.of(name, Map.of("$ref", "#/components/messages/" + name))));
            operations.put("receive" + name, Map.of(
                    "action", "receive",
                    "channel", Map.of("$ref", "#/channels/" + c.routingKey()),
                    "messages", List.of(Map.of("$ref", "#/channels/" + c.routingKey() + "/messages/" + name))));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asyncapi", "3.0.0");
        doc.put("info", Map.of("title", "Mimartva integration events", "version", "1",
                "description", "Events published on the RabbitMQ topic exchange 'mimartva.events' (routing key = channel"
                        + " address) and offered to integrators as CloudEvents (GET /api/integration/events, webhook"
                        + " subscriptions), where the CloudEvents type is 'ge.mimartva.<source>.<Type>.v<version>'. No"
                        + " event carries a child's name or personal number; the feed also withholds pseudonyms."));
        doc.put("servers", Map.of("broker", Map.of("host", "rabbitmq", "protocol", "amqp",
                "description", "exchange mimartva.events (topic)")));
        doc.put("defaultContentType", "application/json");
        doc.put("channels", channels);
        doc.put("operations", operations);
        doc.put("components", Map.of("messages", messages));
        return doc;
    }

    private static Map<String, Object> headers() {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String h : List.of("correlationId", "causationId", "actorId", "actorUsername", "actorRole", "actorBody")) {
            properties.put(h, Map.of("type", "string"));
        }
        return Map.of("type", "object", "properties", properties);
    }

    static Map<String, Object> schema(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(p.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schema(p.getActualTypeArguments()[1]));
            }
            return schema(raw);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return Map.of("type", "string");
        }
        if (c == Instant.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
            return Map.of("type", "integer");
        }
        if (c.isEnum()) {
            return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        }
        if (c.isRecord()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent component : c.getRecordComponents()) {
                properties.put(component.getName(), schema(component.getGenericType()));
            }
            return Map.of("type", "object", "properties", properties);
        }
        throw new IllegalArgumentException("No schema for " + c.getName() + ": add it to the AsyncAPI generator");
    }

    private AsyncApiDocument() {
    }
}
