package ge.mimartva.platform.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import ge.mimartva.platform.projection.ProjectionReplay;
import org.bson.Document;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Read models live in MongoDB. On a demo stack ({@code MIMARTVA_DEMO=true}: the local, test and bench stacks), where no
 * MongoDB runs, the service starts an embedded MongoDB-protocol server (mongo-java-server) in memory; setting
 * {@code spring.data.mongodb.uri} turns this off and uses the real MongoDB. Anywhere else a service without a MongoDB
 * address refuses to start, rather than keep its read models in memory and rebuild them at every start.
 * <p>
 * The embedded store is deliberately not a file: measured here, its H2 file backend lost the last writes of a
 * service killed with SIGKILL while the projections' tokens in PostgreSQL had already passed them. Instead nothing
 * durable lives only in a read model: at every start the projections' tokens are cleared, so they rebuild from the
 * event store, which is the record. (A real MongoDB acknowledges journaled writes, and keeps its tokens.)
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@ConditionalOnProperty(name = "spring.data.mongodb.uri", matchIfMissing = true, havingValue = "embedded")
public class EmbeddedMongoAutoConfiguration {

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(@Value("${mimartva.demo:false}") boolean demo) {
        requireDemo(demo);
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer embeddedMongoServer) {
        return MongoClients.create("mongodb://" + embeddedMongoServer.getLocalAddress().getHostString() + ":"
                + embeddedMongoServer.getLocalAddress().getPort());
    }

    /** The embedded, in-memory read models are for a demo stack only. */
    static void requireDemo(boolean demo) {
        if (!demo) {
            throw new IllegalStateException("No MongoDB address: set SPRING_DATA_MONGODB_URI (spring.data.mongodb.uri) to "
                    + "the replica set that keeps this service's read models; only a demo stack (MIMARTVA_DEMO=true) keeps "
                    + "them in memory");
        }
    }

    /** Runs once the schema exists and before any event processor starts: every projection replays from the start. */
    @Bean
    ProjectionTokensCleared projectionTokensCleared(Flyway flyway, JdbcTemplate jdbc) {
        int cleared = jdbc.update("delete from tokenentry where processorname like ?",
                "%" + ProjectionReplay.PROJECTION_SUFFIX);
        // What the projections put aside before is met again by the rebuild.
        jdbc.update("delete from deadletterentry where processinggroup like ?", "%" + ProjectionReplay.PROJECTION_SUFFIX);
        return new ProjectionTokensCleared(cleared);
    }

    /** How many projection tokens were cleared at start-up, so the in-memory read models rebuild from the events. */
    public record ProjectionTokensCleared(int count) {
    }

    /** Boot's Mongo health check sends {@code hello}, which the embedded server does not know; {@code ping} it knows. */
    @Bean
    HealthIndicator mongoHealthContributor(MongoClient mongoClient) {
        return () -> {
            try {
                mongoClient.getDatabase("admin").runCommand(new Document("ping", 1));
                return Health.up().withDetail("server", "embedded, in memory").build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("server", "embedded, in memory").build();
            }
        };
    }
}
