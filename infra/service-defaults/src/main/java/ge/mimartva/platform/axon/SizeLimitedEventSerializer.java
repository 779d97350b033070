package ge.mimartva.platform.axon;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.nio.charset.StandardCharsets;

/**
 * The event serializer, refusing any event whose serialized form is over the limit. An event is serialized on its
 * way into the event store, inside the unit of work that applied it, so an oversized event fails that unit of work
 * and is never stored: no projection, relay or replay ever meets it. (A read model document has a hard ceiling,
 * MongoDB's 16 MB, and a stored event is stored for ever.)
 */
public class SizeLimitedEventSerializer extends DelegatingSerializer {

    private final long limit;

    public SizeLimitedEventSerializer(Serializer delegate, long limit) {
        super(delegate);
        this.limit = limit;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedObject<T> serialized = delegate.serialize(object, expectedRepresentation);
        long size = sizeOf(serialized);
        if (size > limit) {
            throw new EventTooLargeException(object == null ? "null" : object.getClass().getSimpleName(), size, limit);
        }
        return serialized;
    }

    private long sizeOf(SerializedObject<?> serialized) {
        Object data = serialized.getData();
        if (data instanceof byte[] bytes) {
            return bytes.length;
        }
        if (data instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8).length;
        }
        return getConverter().convert(data, serialized.getContentType(), byte[].class).length;
    }
}
