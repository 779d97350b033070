package ge.mimartva.platform.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.platform.projection.ProjectionReplay;
import ge.mimartva.platform.pseudonym.SubjectPseudonyms;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;

/**
 * Personal data sealed per data subject in every service's events (Axon's event serializer is wrapped), the key
 * vault, erasure and history verification.
 */
@AutoConfiguration
@Import(PrivacyAdminController.class)
public class PrivacyAutoConfiguration {

    /**
     * Axon's event serializer, bean {@code eventSerializer}, seals personal data on its way into the event store. It
     * wraps the serializer first ({@link #SEALING_ORDER}), so that whatever wraps it later sees the sealed form.
     */
    @Bean
    static BeanPostProcessor sealingEventSerializer(ObjectProvider<PersonalDataSeal> seal) {
        return new SealingEventSerializerPostProcessor(seal);
    }

    public static final int SEALING_ORDER = 0;

    private record SealingEventSerializerPostProcessor(ObjectProvider<PersonalDataSeal> seal)
            implements BeanPostProcessor, Ordered {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return "eventSerializer".equals(beanName) && bean instanceof Serializer serializer
                    && !(bean instanceof SealingSerializer) ? new SealingSerializer(serializer, seal.getObject()) : bean;
        }

        @Override
        public int getOrder() {
            return SEALING_ORDER;
        }
    }

    @Bean
    KeyEncryptionKeys keyEncryptionKeys(@Value("${mimartva.key-encryption-keys:}") String configured,
                                        @Value("${mimartva.subject-key:}") String subjectKey,
                                        @Value("${mimartva.demo:false}") boolean demo) {
        return PlatformSecrets.keyEncryptionKeys(configured, PlatformSecrets.subjectKey(subjectKey, demo), demo);
    }

    @Bean
    SubjectKeyVault subjectKeyVault(JdbcTemplate jdbc, PlatformTransactionManager transactions, KeyEncryptionKeys keys,
                                    ObjectProvider<Clock> clock) {
        return new SubjectKeyVault(jdbc, transactions, keys, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    PersonalDataSeal personalDataSeal(ObjectMapper mapper, SubjectKeyVault vault, SubjectPseudonyms pseudonyms) {
        return new PersonalDataSeal(mapper, vault, pseudonyms);
    }

    @Bean
    HistoryCheckpoints historyCheckpoints(JdbcTemplate jdbc, @Value("${mimartva.history.checkpoint-key:}") String key,
                                          @Value("${mimartva.history.checkpoint-dir:}") String directory,
                                          @Value("${mimartva.history.checkpoint-interval:1m}") Duration interval,
                                          @Value("${mimartva.history.checkpoint-every-events:1000}") long everyEvents,
                                          @Value("${mimartva.demo:false}") boolean demo, ObjectProvider<Clock> clock) {
        return new HistoryCheckpoints(jdbc, PlatformSecrets.checkpointDirectory(directory, demo),
                PlatformSecrets.checkpointKey(key, demo), interval, everyEvents, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    EventHistory eventHistory(JdbcTemplate jdbc, EventStorageEngine storage, HistoryCheckpoints checkpoints) {
        return new EventHistory(jdbc, storage, checkpoints);
    }

    @Bean
    PersonalDataErasure personalDataErasure(SubjectKeyVault vault, EventHistory history, EventGateway events,
                                            ProjectionReplay projections, ObjectProvider<Clock> clock) {
        return new PersonalDataErasure(vault, history, events, projections, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ErasureRequests erasureRequests(JdbcTemplate jdbc, PersonalDataErasure erasure, ObjectProvider<Clock> clock) {
        return new ErasureRequests(jdbc, erasure, clock.getIfAvailable(Clock::systemUTC));
    }
}
