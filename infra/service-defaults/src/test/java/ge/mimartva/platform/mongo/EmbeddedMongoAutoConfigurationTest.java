package ge.mimartva.platform.mongo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside a demo stack, a service without a MongoDB address does not start with its read models in memory. */
class EmbeddedMongoAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedMongoAutoConfiguration.class))
            .withBean(org.flywaydb.core.Flyway.class, () -> org.mockito.Mockito.mock(org.flywaydb.core.Flyway.class))
            .withBean(org.springframework.jdbc.core.JdbcTemplate.class,
                    () -> org.mockito.Mockito.mock(org.springframework.jdbc.core.JdbcTemplate.class));

    @Test
    void withoutAMongoDbAddressAServiceOutsideADemoRefusesToStartSayingWhatToSet() {
        context.withPropertyValues("mimartva.demo=false").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessageContaining("No MongoDB address: set SPRING_DATA_MONGODB_URI");
        });
    }

    @Test
    void aDemoStackKeepsItsReadModelsInMemory() {
        context.withPropertyValues("mimartva.demo=true").run(started -> assertThat(started).hasNotFailed()
                .hasBean("embeddedMongoServer"));
    }

    @Test
    void withAMongoDbAddressNothingIsEmbedded() {
        context.withPropertyValues("mimartva.demo=false", "spring.data.mongodb.uri=mongodb://mongo-1:27017/referral")
                .run(started -> assertThat(started).hasNotFailed().doesNotHaveBean("embeddedMongoServer"));
    }
}
