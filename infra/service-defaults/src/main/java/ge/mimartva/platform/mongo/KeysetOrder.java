package ge.mimartva.platform.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;

/**
 * The order a paged list is read in: by one field, then by the document's id to break ties, both the same way. A page
 * is the documents after the last of the page before (its field's value and id, as a {@code PageCursor} carries
 * them), so a page costs the same wherever it is in the list, and an index on the narrowing fields, this field and
 * {@code _id} serves it (ReadModelIndex).
 */
public record KeysetOrder(String field, Sort.Direction direction) {

    public static KeysetOrder oldestFirst(String field) {
        return new KeysetOrder(field, Sort.Direction.ASC);
    }

    public static KeysetOrder newestFirst(String field) {
        return new KeysetOrder(field, Sort.Direction.DESC);
    }

    /** The documents after the one with {@code value} in this field and id {@code id}, in this order. */
    public Criteria after(Object value, String id) {
        return direction == Sort.Direction.ASC
                ? new Criteria().orOperator(Criteria.where(field).gt(value), Criteria.where(field).is(value).and("_id").gt(id))
                : new Criteria().orOperator(Criteria.where(field).lt(value), Criteria.where(field).is(value).and("_id").lt(id));
    }

    /**
     * The query of a page of {@code size} of the documents matching all of {@code criteria}, in this order: one more
     * than the page, which tells whether there is a next ({@code Page.of}).
     */
    public Query pageOf(List<Criteria> criteria, int size) {
        return Query.query(criteria.size() == 1 ? criteria.get(0) : new Criteria().andOperator(criteria))
                .with(Sort.by(direction, field, "_id")).limit(size + 1);
    }
}
