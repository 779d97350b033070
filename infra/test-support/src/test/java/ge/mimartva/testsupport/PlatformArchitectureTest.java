package ge.mimartva.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every rule of the platform's structure catches the breach it names (fixtures under {@code archfixture}). */
class PlatformArchitectureTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importPackages("ge.mimartva.referral.archfixture", "ge.mimartva.notification.inside");

    @TestFactory
    Stream<DynamicTest> everyRuleCatchesItsBreach() {
        return PlatformArchitecture.RULES.stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(),
                () -> assertThatThrownBy(() -> rule.check(FIXTURES)).isInstanceOf(AssertionError.class).hasMessageContaining("was violated")));
    }

    @TestFactory
    Stream<DynamicTest> aServiceWithoutBreachesPasses() {
        JavaClasses clean = new ClassFileImporter().importPackages("ge.mimartva.referral.archfixture.query");
        return PlatformArchitecture.RULES.stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(),
                () -> check(rule, clean)));
    }

    @Test
    void aServiceThatDoesNotCarryEveryServicesSubscriptionIsToldWhichAreMissing() throws Exception {
        assertThat(PlatformArchitecture.publishedSubscriptions()).containsExactly("referral-service.inbound");
        assertThat(PlatformArchitecture.missingSubscriptions()).containsExactly("notification-service.inbound",
                "statistics-service.inbound", "victim-status-service.inbound");
    }

    private static void check(ArchRule rule, JavaClasses classes) {
        rule.allowEmptyShould(true).check(classes);
    }
}
