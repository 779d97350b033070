package ge.mimartva.platform.web;

import ge.mimartva.http.ProblemType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemCatalogueDocumentationTest {

    @Test
    void theOpenApiDocumentListsEveryProblemTypeOfTheCatalogue() {
        OpenAPI document = new OpenAPI();
        new ProblemCatalogueDocumentation().customise(document);

        Schema<?> type = (Schema<?>) document.getComponents().getSchemas().get(ProblemCatalogueDocumentation.SCHEMA)
                .getProperties().get("type");
        assertThat(type.getEnum()).map(Object::toString).containsExactlyElementsOf(
                Arrays.stream(ProblemType.values()).map(p -> p.uri().toString()).toList());
        assertThat(type.getDescription()).contains("urn:mimartva:problem:rule-violated`: 409");
    }
}
