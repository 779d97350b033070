package ge.mimartva.platform.web;

import ge.mimartva.http.ProblemType;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Puts the platform's problem catalogue into the service's OpenAPI document: the schema {@code Problem} every refusal
 * answers with, its {@code type} one of {@link ProblemType}'s URNs, each described with its status and meaning.
 */
class ProblemCatalogueDocumentation implements OpenApiCustomizer {

    static final String SCHEMA = "Problem";

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        StringSchema type = new StringSchema();
        Arrays.stream(ProblemType.values()).forEach(problem -> type.addEnumItem(problem.uri().toString()));
        type.description(Arrays.stream(ProblemType.values())
                .map(problem -> "`" + problem.uri() + "`: " + problem.status().value() + ", " + problem.title())
                .collect(Collectors.joining("; ")));
        ObjectSchema field = new ObjectSchema();
        field.addProperty("field", new StringSchema().description("the field, parameter or header at fault"));
        field.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details (application/problem+json): the platform's catalogue of refusals.");
        problem.addProperty("type", type);
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema().description("our words, never the request's content"));
        problem.addProperty("errors", new ArraySchema().items(field).description("with type validation: each field at fault"));
        if (openApi.getComponents() == null) {
            openApi.components(new io.swagger.v3.oas.models.Components());
        }
        openApi.getComponents().addSchemas(SCHEMA, problem);
    }
}
