package ge.mimartva.testsupport;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that needs the test stack's real PostgreSQL, RabbitMQ or Redis: it runs under Failsafe (in {@code mvn verify}
 * and {@code ./mimartva test}), never under Surefire, so {@code mvn test} needs nothing running.
 * <p>
 * On a Spring Boot test, {@link #value()} names the test's own database and RabbitMQ virtual host
 * ({@link TestStack#properties}): every test class of one name and one configuration shares one application, and
 * each name has one configuration, so two applications alive at once never compete for the same tokens or queues.
 * The test stack creates a virtual host for every name it finds in the sources.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(NeedsTestStack.TAG)
public @interface NeedsTestStack {

    String TAG = "test-stack";

    /** The database and virtual host of a Spring Boot test ({@code it_<name>}, {@code it-<name>}); empty otherwise. */
    String value() default "";
}
