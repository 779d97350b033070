package ge.mimartva.platform.audit;

import ge.mimartva.platform.mongo.ReadModelIndex;
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

    /** The reads of one record, oldest first (RecordReadProjection.readsOf). */
    @Bean
    ReadModelIndex recordReadsByRecord() {
        return ReadModelIndex.on(RecordReadDocument.class, "recordId", "readAt", "_id");
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
