package ge.mimartva.platform.audit;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import ge.mimartva.platform.projection.ReadModelWrites;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** Read audit in every service: the recorder, the auditors' read model and its endpoint. */
@AutoConfiguration
public class ReadAuditAutoConfiguration {

    @Bean
    ReadAudit readAudit(EventGateway events, ObjectProvider<Clock> clock) {
        return new ReadAudit(events, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    RecordReadProjection recordReadProjection(MongoTemplate mongo, ReadModelWrites writes) {
        return new RecordReadProjection(mongo, writes);
    }

    @Bean
    RecordReadController recordReadController(RecordReadProjection reads,
                                              @Value("${spring.application.name}") String service) {
        return new RecordReadController(reads, service);
    }
}
