package ge.mimartva.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import ge.mimartva.platform.axon.DelegatingSerializer;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * The event serializer with personal data sealed (see {@link PersonalDataSeal}): what reaches the event store, and
 * any copy of it, carries a child's or a victim's personal data only encrypted with that person's key. Everything
 * else (types, revisions, upcasting, conversion) is the wrapped serializer's.
 */
public class SealingSerializer extends DelegatingSerializer {

    private final PersonalDataSeal seal;

    public SealingSerializer(Serializer delegate, PersonalDataSeal seal) {
        super(delegate);
        this.seal = seal;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null || !seal.appliesTo(object.getClass())) {
            return delegate.serialize(object, expectedRepresentation);
        }
        SerializedObject<JsonNode> json = delegate.serialize(object, JsonNode.class);
        JsonNode sealed = seal.seal(object, json.getData().deepCopy());
        return new SimpleSerializedObject<>(getConverter().convert(sealed, expectedRepresentation),
                expectedRepresentation, json.getType());
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (SerializedType.isEmptyType(serializedObject.getType()) || !canConvertToJson(serializedObject)) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode json = getConverter().convert(serializedObject.getData(), serializedObject.getContentType(), JsonNode.class);
        if (PersonalDataSeal.isSealed(json)) {
            json = seal.open(json.deepCopy());
        }
        return delegate.deserialize(new SimpleSerializedObject<>(json, JsonNode.class, serializedObject.getType()));
    }

    private boolean canConvertToJson(SerializedObject<?> serializedObject) {
        return serializedObject.getData() != null
                && getConverter().canConvert(serializedObject.getContentType(), JsonNode.class);
    }
}
