package ge.mimartva.platform.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Read models live in MongoDB. Where no MongoDB runs (local stack, tests), the service starts an embedded
 * MongoDB-protocol server (mongo-java-server): in memory, or in a file when {@code mimartva.mongo.embedded-file}
 * is set. Setting {@code spring.data.mongodb.uri} turns this off and uses the real MongoDB (production).
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@ConditionalOnProperty(name = "spring.data.mongodb.uri", matchIfMissing = true, havingValue = "embedded")
public class EmbeddedMongoAutoConfiguration {

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(@Value("${mimartva.mongo.embedded-file:}") String file) {
        MongoServer server = new MongoServer(file.isBlank() ? new MemoryBackend() : new H2Backend(file(file)));
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer embeddedMongoServer) {
        return MongoClients.create("mongodb://" + embeddedMongoServer.getLocalAddress().getHostString() + ":"
                + embeddedMongoServer.getLocalAddress().getPort());
    }

    /** Boot's Mongo health check sends {@code hello}, which the embedded server does not know; {@code ping} it knows. */
    @Bean
    HealthIndicator mongoHealthContributor(MongoClient mongoClient) {
        return () -> {
            try {
                mongoClient.getDatabase("admin").runCommand(new Document("ping", 1));
                return Health.up().withDetail("server", "embedded").build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("server", "embedded").build();
            }
        };
    }

    private static String file(String file) {
        try {
            Path path = Path.of(file).toAbsolutePath();
            Files.createDirectories(path.getParent());
            return path.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
