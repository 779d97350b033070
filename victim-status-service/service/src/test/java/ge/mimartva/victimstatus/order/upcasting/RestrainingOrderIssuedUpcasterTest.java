package ge.mimartva.victimstatus.order.upcasting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import ge.mimartva.victimstatus.order.OrderEvents.RestrainingOrderIssued;
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

/** An order stored at revision 2 (golden JSON) reads as revision 3: no appeal window from issue, no approval clock. */
class RestrainingOrderIssuedUpcasterTest {

    static final String REVISION_2 = """
            {"orderId":"o-1","referralId":null,"issuingDistrict":"MIA-D-TBILISI-VAKE-SABURTALO","issuedBy":"police-1",
             "issuedAt":"2026-11-23T08:00:00Z","place":"Vake","circumstances":"threats",
             "victim":{"firstName":"თამარ","lastName":"გელაშვილი","personalNumber":null,"dateOfBirth":null,"municipality":"TBILISI-VAKE"},
             "victimSubjectId":"subject-1",
             "abuser":{"firstName":"გიორგი","lastName":"გელაშვილი","personalNumber":null,"dateOfBirth":null,"municipality":null},
             "matters":["NO_APPROACH","ELECTRONIC_SURVEILLANCE"],"validUntil":"2026-12-23","investigatedArticles":[],
             "victimIsMinor":false,"minorsConcerned":false,"victimSigned":true,"victimNotSignedBecause":null,
             "abuserSigned":true,"abuserNotSignedBecause":null,"surveillanceConsent":"consented",
             "appealWindowEnds":"2026-11-26T08:00:00Z","surveillanceApprovalDue":"2026-11-24T08:00:00Z"}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper()
            .registerModule(new JavaTimeModule()).configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)).build();

    @Test
    void anOrderIssuedUnderTheOldRuleReadsWithoutItsClocksFromIssue() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("RestrainingOrder", "o-1", 0, "e-1",
                Instant.parse("2026-11-23T08:00:00Z"), RestrainingOrderIssued.class.getName(), "2",
                REVISION_2.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = new RestrainingOrderIssuedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        IntermediateEventRepresentation event = upcast.get(0);
        assertThat(event.getType().getRevision()).isEqualTo("3");
        RestrainingOrderIssued issued = serializer.deserialize(new SimpleSerializedObject<>(
                event.getData(byte[].class).getData(), byte[].class, event.getType()));
        assertThat(issued.orderId()).isEqualTo("o-1");
        assertThat(issued.victim().firstName()).isEqualTo("თამარ");
        assertThat(issued.victim().profession()).isNull();
    }
}
