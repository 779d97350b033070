package ge.mimartva.platform.mongo;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;

/**
 * Creates every declared {@link ReadModelIndex} once the application's beans exist, before any event processor runs
 * (the service's query shapes and the index serving each are listed by each service's {@code ReadModelIndexesTest}).
 * Spring Data's index creation from annotations stays off: every index is one a query needs, declared on purpose.
 */
public class ReadModelIndexes implements SmartInitializingSingleton {

    private final MongoTemplate mongo;
    private final List<ReadModelIndex> indexes;

    public ReadModelIndexes(MongoTemplate mongo, List<ReadModelIndex> indexes) {
        this.mongo = mongo;
        this.indexes = List.copyOf(indexes);
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensure();
    }

    /** Creates the indexes that do not exist (again after a replay dropped a read model's collection). */
    public void ensure() {
        indexes.forEach(i -> mongo.indexOps(i.document()).ensureIndex(i.toIndex()));
    }

    public List<ReadModelIndex> declared() {
        return indexes;
    }
}
