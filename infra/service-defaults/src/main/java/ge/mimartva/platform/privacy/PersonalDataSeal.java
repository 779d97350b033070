package ge.mimartva.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ge.mimartva.platform.pseudonym.SubjectPseudonyms;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seals and opens the {@link PersonalData} inside a serialized event. A record's personal components are taken out of
 * its JSON and put, together, in one sealed value under {@value #SEALED}, encrypted with the key of the record's data
 * subject: the {@link DataSubjectId} the record names; otherwise the pseudonym of the personal number among them;
 * otherwise the subject of a record around it or linked to the {@link DataSubjectRecord} it belongs to; otherwise a
 * subject of its own. Opening puts them back; when the subject's key has been erased they stay out, and the
 * components read as {@code null}.
 */
public class PersonalDataSeal {

    public static final String SEALED = "sealedPersonalData";
    private static final String PERSONAL_NUMBER = "personalNumber";

    private final ObjectMapper mapper;
    private final SubjectKeyVault vault;
    private final SubjectPseudonyms pseudonyms;
    private final Map<Class<?>, RecordPlan> plans = new ConcurrentHashMap<>();

    public PersonalDataSeal(ObjectMapper mapper, SubjectKeyVault vault, SubjectPseudonyms pseudonyms) {
        this.mapper = mapper;
        this.vault = vault;
        this.pseudonyms = pseudonyms;
    }

    /** True when values of this type carry personal data somewhere inside. */
    public boolean appliesTo(Class<?> type) {
        return plan(type).carriesPersonalData();
    }

    /** Seals, in place, the personal data of {@code value} in its JSON form {@code json}. */
    public JsonNode seal(Object value, JsonNode json) {
        sealRecord(value, json, null);
        return json;
    }

    /** Opens, in place, every sealed value of a serialized event whose key still exists. */
    public JsonNode open(JsonNode json) {
        if (json instanceof ObjectNode object && object.get(SEALED) instanceof ObjectNode sealed) {
            object.remove(SEALED);
            opened(sealed).ifPresent(object::setAll);
        }
        json.forEach(this::open);
        return json;
    }

    public static boolean isSealed(JsonNode json) {
        if (json.has(SEALED)) {
            return true;
        }
        for (JsonNode child : json) {
            if (isSealed(child)) {
                return true;
            }
        }
        return false;
    }

    private void sealRecord(Object value, JsonNode json, String enclosingSubject) {
        if (value == null || !(json instanceof ObjectNode object) || !value.getClass().isRecord()) {
            return;
        }
        RecordPlan plan = plan(value.getClass());
        if (!plan.carriesPersonalData()) {
            return;
        }
        String declared = plan.subjectComponent() == null ? null : (String) plan.valueOf(value, plan.subjectComponent());
        String record = plan.recordComponent() == null ? null : (String) plan.valueOf(value, plan.recordComponent());
        if (declared != null && record != null) {
            vault.linkRecord(record, declared);
        }
        String subject = declared != null ? declared : enclosingSubject;
        if (subject == null && record != null) {
            subject = vault.subjectOfRecord(record).orElse(null);
        }
        ObjectNode personal = mapper.createObjectNode();
        for (String name : plan.personal()) {
            JsonNode field = object.remove(name);
            if (field != null && !field.isNull()) {
                personal.set(name, field);
            }
        }
        if (!personal.isEmpty()) {
            object.set(SEALED, sealed(personal, declared != null ? declared : subjectOf(personal, subject)));
        }
        for (String name : plan.nested()) {
            Object nested = plan.valueOf(value, name);
            JsonNode nestedJson = object.get(name);
            if (nested instanceof Collection<?> elements && nestedJson != null && nestedJson.isArray()) {
                Iterator<JsonNode> jsonElements = nestedJson.iterator();
                for (Object element : elements) {
                    sealRecord(element, jsonElements.hasNext() ? jsonElements.next() : null, subject);
                }
            } else {
                sealRecord(nested, nestedJson, subject);
            }
        }
    }

    /**
     * The subject of personal data that names none: the person's own, by their personal number (another person on the
     * same record, such as an abuser on a victim's order, keeps a key of their own); else the subject of the record
     * around it; else a subject of its own.
     */
    private String subjectOf(ObjectNode personal, String surrounding) {
        JsonNode personalNumber = personal.get(PERSONAL_NUMBER);
        if (personalNumber != null && personalNumber.isTextual() && !personalNumber.asText().isBlank()) {
            return pseudonyms.of(personalNumber.asText());
        }
        return surrounding != null ? surrounding : UUID.randomUUID().toString();
    }

    private ObjectNode sealed(ObjectNode personal, String subject) {
        SubjectKeyVault.SubjectKey key = vault.keyFor(subject);
        try {
            byte[] data = new SealingCipher(key.key()).seal(mapper.writeValueAsBytes(personal), context(key.keyId(), subject));
            return mapper.createObjectNode()
                    .put("subject", subject)
                    .put("keyId", key.keyId().toString())
                    .put("data", Base64.getEncoder().encodeToString(data));
        } catch (IOException e) {
            throw new IllegalStateException("personal data could not be written for sealing");
        }
    }

    private Optional<ObjectNode> opened(ObjectNode sealed) {
        UUID keyId = UUID.fromString(sealed.path("keyId").asText());
        String subject = sealed.path("subject").asText();
        return vault.find(keyId).map(key -> {
            byte[] plain = new SealingCipher(key).open(Base64.getDecoder().decode(sealed.path("data").asText()),
                    context(keyId, subject));
            try {
                return (ObjectNode) mapper.readTree(plain);
            } catch (IOException e) {
                throw new IllegalStateException("sealed personal data did not read back");
            }
        });
    }

    private static String context(UUID keyId, String subject) {
        return keyId + "|" + subject;
    }

    private RecordPlan plan(Class<?> type) {
        RecordPlan known = plans.get(type);
        if (known != null) {
            return known;
        }
        RecordPlan plan = RecordPlan.of(type, new HashSet<>());
        plans.put(type, plan);
        return plan;
    }

    /** Where a record type keeps personal data: its own components, and the records inside it that carry some. */
    private record RecordPlan(Map<String, RecordComponent> components, String subjectComponent, String recordComponent,
                              List<String> personal, List<String> nested) {

        private static final RecordPlan NONE = new RecordPlan(Map.of(), null, null, List.of(), List.of());

        static RecordPlan of(Class<?> type, Set<Class<?>> visiting) {
            if (!type.isRecord() || !visiting.add(type)) {
                return NONE;
            }
            Map<String, RecordComponent> components = new ConcurrentHashMap<>();
            String subject = null;
            String record = null;
            List<String> personal = new ArrayList<>();
            List<String> nested = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.put(component.getName(), component);
                component.getAccessor().setAccessible(true);
                if (component.isAnnotationPresent(DataSubjectId.class)) {
                    subject = component.getName();
                }
                if (component.isAnnotationPresent(DataSubjectRecord.class)) {
                    record = component.getName();
                }
                if (component.isAnnotationPresent(PersonalData.class)) {
                    if (component.getType().isPrimitive()) {
                        throw new IllegalStateException(type.getName() + "." + component.getName()
                                + ": personal data must be of a type that can be absent");
                    }
                    personal.add(component.getName());
                } else if (of(elementType(component), visiting).carriesPersonalData()) {
                    nested.add(component.getName());
                }
            }
            visiting.remove(type);
            return new RecordPlan(components, subject, record, List.copyOf(personal), List.copyOf(nested));
        }

        private static Class<?> elementType(RecordComponent component) {
            if (Collection.class.isAssignableFrom(component.getType())
                    && component.getGenericType() instanceof ParameterizedType parameterized) {
                Type element = parameterized.getActualTypeArguments()[0];
                return element instanceof Class<?> c ? c : Object.class;
            }
            return component.getType();
        }

        boolean carriesPersonalData() {
            return !personal.isEmpty() || !nested.isEmpty();
        }

        Object valueOf(Object record, String component) {
            try {
                return components.get(component).getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + record.getClass().getSimpleName() + "." + component);
            }
        }
    }
}
