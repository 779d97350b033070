package ge.mimartva.notification.command.upcasting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import ge.mimartva.notification.command.NotificationIssued;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A {@code NotificationIssued} stored at revision 1 (golden JSON) reads as revision 2. */
class NotificationIssuedUpcasterTest {

    static final String REVISION_1 = """
            {"notificationId":"n-1","referralId":"r-1","ruleId":"N1","ruleVersion":1,"legalBasis":"L 14¹",
             "recipientBody":"SCA-TU-TBILISI-VAKE-SABURTALO","recipientName":"Vake-Saburtalo","channel":"INBOX",
             "municipality":"TBILISI-VAKE","concerns":["PHYSICAL"],"immediateDanger":false,
             "issuedAt":"2026-11-22T09:00:00Z","acknowledgeBy":"2026-11-22T10:00:00Z"}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper()
            .registerModule(new JavaTimeModule()).configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)).build();

    @Test
    void aNotificationIssuedBeforeAcknowledgementClocksReadsAsEscalating() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Notification", "n-1", 0, "e-1",
                Instant.parse("2026-11-22T09:00:00Z"), NotificationIssued.class.getName(), "1",
                REVISION_1.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = new NotificationIssuedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        IntermediateEventRepresentation event = upcast.get(0);
        assertThat(event.getType().getRevision()).isEqualTo("2");
        NotificationIssued issued = serializer.deserialize(new SimpleSerializedObject<>(
                event.getData(byte[].class).getData(), byte[].class, event.getType()));
        assertThat(issued.escalates()).isTrue();
        assertThat(issued.ruleId()).isEqualTo("N1");
    }
}
