package ge.mimartva.platform.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
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
    ProjectionReplay projectionReplay(EventProcessingConfiguration processing) {
        return new ProjectionReplay(processing);
    }
}
