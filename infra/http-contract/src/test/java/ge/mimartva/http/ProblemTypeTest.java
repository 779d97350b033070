package ge.mimartva.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTypeTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void everyProblemIsWrittenAsProblemJsonOfItsCatalogueEntry(ProblemType type) throws Exception {
        JsonNode problem = json.readTree(type.json("Quote \"incident\" 7\\8\n"));

        assertThat(problem.get("type").asText()).isEqualTo(type.uri().toString()).startsWith("urn:mimartva:problem:");
        assertThat(problem.get("status").asInt()).isEqualTo(type.status().value());
        assertThat(problem.get("title").asText()).isEqualTo(type.title());
        assertThat(problem.get("detail").asText()).isEqualTo("Quote \"incident\" 7\\8\n");
    }

    @Test
    void everyTypeHasItsOwnName() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri).distinct()).hasSize(ProblemType.values().length);
    }
}
