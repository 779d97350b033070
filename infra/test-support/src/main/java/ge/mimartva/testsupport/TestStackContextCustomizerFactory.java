package ge.mimartva.testsupport;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

import java.util.List;

/**
 * Points a Spring Boot test annotated {@code @NeedsTestStack} with a name at the test stack ({@link TestStack#properties}).
 * Unlike a {@code @DynamicPropertySource} method of each class, the customizer is equal for equal names, so the test
 * classes of one name share one cached application instead of starting one each.
 */
public class TestStackContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        NeedsTestStack stack = AnnotatedElementUtils.findMergedAnnotation(testClass, NeedsTestStack.class);
        return stack == null || stack.value().isEmpty() ? null : new TestStackCustomizer(stack.value());
    }

    private record TestStackCustomizer(String module) implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                     org.springframework.test.context.MergedContextConfiguration configuration) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("test-stack-" + module, TestStack.properties(module)));
        }
    }
}
