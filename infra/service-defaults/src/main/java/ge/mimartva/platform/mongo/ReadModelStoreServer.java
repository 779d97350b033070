package ge.mimartva.platform.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.util.concurrent.CountDownLatch;

/**
 * One in-memory MongoDB-protocol server (mongo-java-server) shared by every instance of every service, for the
 * replica and bench stacks on a machine without MongoDB ({@code infra/local/stack.sh replicas|bench}): with two
 * instances of a service, each processing part of the events, the read models must be one store, not one per process;
 * and the bench measures a service's memory and restarts without its read models in its heap, as in production. It
 * stands in for the replica set of a production deployment (the README's production section); being in memory, it is
 * a demo's store only: the stack starts it with fresh event stores and never kills it.
 * <p>
 * Run from a service's jar: {@code java -cp referral-service.jar -Dloader.main=ge.mimartva.platform.mongo.ReadModelStoreServer
 * org.springframework.boot.loader.launch.PropertiesLauncher PORT}.
 */
public final class ReadModelStoreServer {

    private ReadModelStoreServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "27017");
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "read-model-store-shutdown"));
        System.out.println("read-model store (in memory) on 127.0.0.1:" + port);
        new CountDownLatch(1).await();
    }
}
