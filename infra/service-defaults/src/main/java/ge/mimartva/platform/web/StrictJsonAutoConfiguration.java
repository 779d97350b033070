package ge.mimartva.platform.web;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A number or a boolean where text is expected is a wrong type, not a string to convert: {@code "firstName": 42}
 * is refused naming the field. (Jackson's scalar-coercion switch leaves text targets lenient.)
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
public class StrictJsonAutoConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer refuseScalarsAsText() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
