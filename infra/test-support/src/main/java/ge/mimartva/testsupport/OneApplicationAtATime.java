package ge.mimartva.testsupport;

import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Closes a test class's application once its tests have run, so that the next class's application is the only one
 * running against the module's database and virtual host.
 * <p>
 * Spring would otherwise keep every application in its cache, running. Their tracking processors then compete for
 * the same token claims in PostgreSQL and their consumers for the same queues in RabbitMQ, and a new application's
 * read model may never see the events its own test waits for (seen on CI: a projection that stayed empty for ten
 * seconds). Registered for every Spring test through {@code META-INF/spring.factories}.
 */
public class OneApplicationAtATime implements TestExecutionListener {

    @Override
    public void afterTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
        }
    }
}
