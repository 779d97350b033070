package ge.mimartva.platform.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Read models live in MongoDB. Where no MongoDB runs (local stack, tests), the service starts an embedded
 * MongoDB-protocol server (mongo-java-server): in memory, or in a file when {@code mimartva.mongo.embedded-file}
 * is set. Setting {@code spring.data.mongodb.uri} turns this off and uses the real MongoDB (production).
 * <p>
 * The file store is committed before each write returns. A projection's tracking token (in PostgreSQL) advances
 * only after its handler returned, so a crash can never leave the token ahead of what the read model holds.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@ConditionalOnProperty(name = "spring.data.mongodb.uri", matchIfMissing = true, havingValue = "embedded")
public class EmbeddedMongoAutoConfiguration {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify", "drop",
            "dropDatabase", "create", "createIndexes", "dropIndexes");

    /** The embedded server and the way to make its writes durable. */
    public record EmbeddedMongo(MongoServer server, Runnable commit) {
        void shutdown() {
            server.shutdown();
        }
    }

    @Bean(destroyMethod = "shutdown")
    EmbeddedMongo embeddedMongo(@Value("${mimartva.mongo.embedded-file:}") String file) {
        MongoBackend backend;
        Runnable commit;
        if (file.isBlank()) {
            backend = new MemoryBackend();
            commit = () -> { };
        } else {
            H2Backend h2 = new H2Backend(new MVStore.Builder().fileName(file(file)).autoCommitDisabled().open());
            backend = h2;
            commit = h2::commit;
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        return new EmbeddedMongo(server, commit);
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(EmbeddedMongo embedded) {
        InetSocketAddress address = embedded.server().getLocalAddress();
        CommandListener commitWrites = new CommandListener() {
            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                if (WRITES.contains(event.getCommandName())) {
                    embedded.commit().run();
                }
            }
        };
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()))
                .addCommandListener(commitWrites)
                .build());
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
