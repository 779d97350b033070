package ge.mimartva.platform.axon;

import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SizeLimitedEventSerializerTest {

    record SomethingHappened(String what, List<String> details) {
    }

    final SizeLimitedEventSerializer serializer = new SizeLimitedEventSerializer(JacksonSerializer.defaultSerializer(), 1024);

    @Test
    void anEventWithinTheLimitIsSerializedAsTheWrappedSerializerDoes() {
        SomethingHappened event = new SomethingHappened("a", List.of("b"));

        byte[] data = serializer.serialize(event, byte[].class).getData();

        assertThat(serializer.deserialize(serializer.serialize(event, byte[].class)).toString()).isEqualTo(event.toString());
        assertThat(data.length).isLessThan(1024);
    }

    @Test
    void anEventOverTheLimitIsRefusedNamingItsTypeAndSizesButNothingOfItsContent() {
        SomethingHappened event = new SomethingHappened("ნინო ბერიძე", Collections.nCopies(500, "PHYSICAL"));

        assertThatThrownBy(() -> serializer.serialize(event, byte[].class))
                .isInstanceOf(EventTooLargeException.class)
                .hasMessageContaining("SomethingHappened").hasMessageContaining("over the limit of 1024 bytes")
                .hasMessageNotContaining("ნინო").hasMessageNotContaining("PHYSICAL")
                .satisfies(e -> assertThat(((EventTooLargeException) e).limit()).isEqualTo(1024));
    }

    @Test
    void theLimitHoldsWhateverRepresentationIsAskedFor() {
        SomethingHappened event = new SomethingHappened("x", Collections.nCopies(500, "PHYSICAL"));

        assertThatThrownBy(() -> serializer.serialize(event, String.class)).isInstanceOf(EventTooLargeException.class);
        assertThatThrownBy(() -> serializer.serialize(event, com.fasterxml.jackson.databind.JsonNode.class))
                .isInstanceOf(EventTooLargeException.class);
    }
}
