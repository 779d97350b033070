package ge.mimartva.victimstatus.protection.upcasting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import ge.mimartva.victimstatus.protection.ReferralLinkedToProtectionRecord;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A link stored under the event's old package (golden JSON) reads as the protection package's event, unchanged. */
class ProtectionRecordEventMovedUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();

    @Test
    void aLinkStoredUnderTheOldPackageReadsAsTheProtectionRecordsEvent() {
        String stored = """
                {"recordId":"subject-1","referralId":"r-1","municipality":"TBILISI-VAKE","linkedAt":"2026-11-23T08:00:00Z"}""";
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("ProtectionRecord", "subject-1", 0, "e-1",
                Instant.parse("2026-11-23T08:00:00Z"), ProtectionRecordEventMovedUpcaster.STORED_AS, "1",
                stored.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

        IntermediateEventRepresentation event = new ProtectionRecordEventMovedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList().get(0);

        assertThat(event.getType().getName()).isEqualTo(ReferralLinkedToProtectionRecord.class.getName());
        assertThat(event.getType().getRevision()).isEqualTo("1");
        ReferralLinkedToProtectionRecord linked = serializer.deserialize(new SimpleSerializedObject<>(
                event.getData(byte[].class).getData(), byte[].class, event.getType()));
        assertThat(linked).isEqualTo(new ReferralLinkedToProtectionRecord("subject-1", "r-1", "TBILISI-VAKE",
                Instant.parse("2026-11-23T08:00:00Z")));
    }
}
