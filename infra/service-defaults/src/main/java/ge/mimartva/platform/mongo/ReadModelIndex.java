package ge.mimartva.platform.mongo;

import org.springframework.data.domain.Sort;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * An index a read-model query needs, declared in code beside the queries (every service declares its own as beans;
 * {@link ReadModelIndexes} creates them at start). {@code keys} in order, each {@code field} or {@code field:desc}.
 */
public record ReadModelIndex(Class<?> document, List<String> keys) {

    public static ReadModelIndex on(Class<?> document, String... keys) {
        return new ReadModelIndex(document, List.of(keys));
    }

    /** The shape of one query: the fields it matches exactly, the fields it sorts by (in order), its other filters. */
    public record QueryShape(String name, Class<?> document, Set<String> equal, List<String> sortedBy) {

        public static QueryShape of(String name, Class<?> document, Set<String> equal, String... sortedBy) {
            return new QueryShape(name, document, equal, List.of(sortedBy));
        }
    }

    /**
     * Whether this index serves the query without a scan: its first keys are the fields the query matches exactly
     * (in any order), and the next ones the fields it sorts by, in order.
     */
    public boolean serves(QueryShape query) {
        if (!document.equals(query.document())) {
            return false;
        }
        List<String> fields = keys.stream().map(k -> k.split(":")[0]).toList();
        int equal = query.equal().size();
        if (fields.size() < equal + query.sortedBy().size()
                || !Set.copyOf(fields.subList(0, equal)).equals(query.equal())) {
            return false;
        }
        return fields.subList(equal, equal + query.sortedBy().size()).equals(query.sortedBy());
    }

    org.springframework.data.mongodb.core.index.Index toIndex() {
        org.springframework.data.mongodb.core.index.Index index = new org.springframework.data.mongodb.core.index.Index();
        for (String key : keys) {
            String[] parts = key.split(":");
            index.on(parts[0], parts.length > 1 && parts[1].equals("desc") ? Sort.Direction.DESC : Sort.Direction.ASC);
        }
        return index.named(document.getSimpleName() + "_" + String.join("_", Arrays.stream(keys.toArray(String[]::new))
                .map(k -> k.replace(':', '_')).toList()));
    }
}
