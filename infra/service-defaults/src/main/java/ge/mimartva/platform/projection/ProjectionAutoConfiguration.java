package ge.mimartva.platform.projection;

import ge.mimartva.platform.mongo.ReadModelIndex;
import ge.mimartva.platform.mongo.ReadModelIndexes;
import org.springframework.beans.factory.ObjectProvider;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.context.annotation.Import;

@AutoConfiguration
@Import(ProjectionAdminController.class)
public class ProjectionAutoConfiguration {

    @Bean
    ReadModelWrites readModelWrites(MongoTemplate mongo) {
        return new ReadModelWrites(mongo);
    }

    @Bean
    ReadModelIndexes readModelIndexes(MongoTemplate mongo, ObjectProvider<ReadModelIndex> indexes) {
        return new ReadModelIndexes(mongo, indexes.orderedStream().toList());
    }

    @Bean
    ProjectionReplay projectionReplay(EventProcessingConfiguration processing, ReadModelIndexes indexes,
                                      ApplicationEventPublisher publisher) {
        return new ProjectionReplay(processing, indexes, publisher);
    }
}
