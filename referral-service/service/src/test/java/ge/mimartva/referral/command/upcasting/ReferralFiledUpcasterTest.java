package ge.mimartva.referral.command.upcasting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.referral.command.ReferralFiled;
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

/** A {@code ReferralFiled} stored at revision 1 (golden JSON, as the walking skeleton wrote it) reads as revision 2. */
class ReferralFiledUpcasterTest {

    /** Exactly what revision 1 stored: no owning unit, no intake extras. */
    static final String REVISION_1 = """
            {"referralId":"r-1","reportingBody":"SCH-TBILISI-VAKE-051","reportingBodyType":"SCH","filedBy":"user-1",
             "child":{"firstName":"ნინო","lastName":"ბერიძე","personalNumber":"01001012345","dateOfBirth":"2015-03-14",
                      "approximateAge":null,"municipality":"TBILISI-VAKE"},
             "childSubjectId":"subject-1","concerns":["PHYSICAL"],"description":"observed bruises",
             "immediateDanger":true,"filedAt":"2026-11-22T09:00:00Z"}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper()
            .registerModule(new JavaTimeModule()).configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)).build();

    @Test
    void aReferralFiledBeforeTheLifecycleIsOwnedByTheUnitOfTheChildsMunicipality() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Referral", "r-1", 0, "e-1",
                Instant.parse("2026-11-22T09:00:00Z"), ReferralFiled.class.getName(), "1",
                REVISION_1.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = new ReferralFiledUpcaster(TerritoryDirectory.bundled())
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        IntermediateEventRepresentation event = upcast.get(0);
        assertThat(event.getType().getRevision()).isEqualTo("2");
        ReferralFiled filed = serializer.deserialize(new SimpleSerializedObject<>(
                event.getData(byte[].class).getData(), byte[].class, event.getType()));
        assertThat(filed.owningUnit()).isEqualTo("SCA-TU-TBILISI-VAKE-SABURTALO");
        assertThat(filed.allegedAbuser()).isNull();
        assertThat(filed.child().firstName()).isEqualTo("ნინო");
        assertThat(filed.immediateDanger()).isTrue();
    }
}
