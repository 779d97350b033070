package ge.mimartva.victimstatus.query;

import ge.mimartva.platform.web.Page;
import ge.mimartva.platform.web.PageCursor;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The victim statuses in one state, a page at a time, in the order their deciders need them: applications oldest
 * first (the longest waiting is decided first), granted statuses the soonest to expire first (L 16¹: the warning
 * before a status lapses), refused, revoked and expired ones newest first.
 */
@Component
public class VictimStatusQueries {

    /** The states a status is listed in, and the order each is read in. */
    public enum ListedState {
        APPLIED("appliedAt", Sort.Direction.ASC, d -> d.appliedAt().toString()),
        GRANTED("validUntil", Sort.Direction.ASC, d -> d.validUntil().toString()),
        REFUSED("appliedAt", Sort.Direction.DESC, d -> d.appliedAt().toString()),
        REVOKED("appliedAt", Sort.Direction.DESC, d -> d.appliedAt().toString()),
        EXPIRED("appliedAt", Sort.Direction.DESC, d -> d.appliedAt().toString());

        final String sortedBy;
        final Sort.Direction direction;
        final Function<VictimStatusDocument, String> sortValue;

        ListedState(String sortedBy, Sort.Direction direction, Function<VictimStatusDocument, String> sortValue) {
            this.sortedBy = sortedBy;
            this.direction = direction;
            this.sortValue = sortValue;
        }

        private Object sortValueOf(PageCursor cursor) {
            return sortedBy.equals("validUntil") ? cursor.date(0) : cursor.instant(0);
        }

        private Criteria after(Object value, String id) {
            return direction == Sort.Direction.ASC
                    ? new Criteria().orOperator(Criteria.where(sortedBy).gt(value),
                    Criteria.where(sortedBy).is(value).and("_id").gt(id))
                    : new Criteria().orOperator(Criteria.where(sortedBy).lt(value),
                    Criteria.where(sortedBy).is(value).and("_id").lt(id));
        }
    }

    private final MongoTemplate mongo;

    public VictimStatusQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The statuses in {@code state}, narrowed to a municipality (where the victim lives) and the start of a referral's
     * number when given (null for any).
     */
    public Page<VictimStatusDocument> inState(ListedState state, String municipality, String referralPrefix,
                                              Optional<PageCursor> after, int size) {
        List<Criteria> all = new ArrayList<>(List.of(Criteria.where("state").is(state.name())));
        if (municipality != null) {
            all.add(Criteria.where("municipality").is(municipality));
        }
        if (referralPrefix != null) {
            // Validated by the caller: hexadecimal digits and dashes only, so nothing in it is a pattern.
            all.add(Criteria.where("referralId").regex("^" + referralPrefix));
        }
        after.ifPresent(c -> all.add(state.after(state.sortValueOf(c), c.value(1))));
        return Page.of(mongo.find(Query.query(new Criteria().andOperator(all))
                        .with(Sort.by(state.direction, state.sortedBy, "_id")).limit(size + 1), VictimStatusDocument.class),
                size, last -> PageCursor.of(state.sortValue.apply(last), last.statusId()));
    }
}
