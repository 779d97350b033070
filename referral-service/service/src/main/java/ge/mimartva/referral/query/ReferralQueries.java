package ge.mimartva.referral.query;

import ge.mimartva.platform.mongo.KeysetOrder;
import ge.mimartva.platform.web.Page;
import ge.mimartva.platform.web.PageCursor;
import ge.mimartva.referral.api.ReferralStatus;
import ge.mimartva.referral.api.StatutoryClock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads of the referrals read model. */
@Component
public class ReferralQueries {

    private static final KeysetOrder NEWEST_FIRST = KeysetOrder.newestFirst("filedAt");

    private final MongoTemplate mongo;

    public ReferralQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<ReferralDocument> referral(String referralId) {
        return Optional.ofNullable(mongo.findById(referralId, ReferralDocument.class));
    }

    /**
     * What a reader narrows a list of referrals to; null for any. {@code dueBefore}: those with a statutory clock
     * missed, or running and due before that instant (the overdue, when it is now).
     */
    public record ReferralFilter(ReferralStatus status, Instant dueBefore, String municipality, Instant filedFrom,
                                 Instant filedBefore, String referralPrefix) {

        public static final ReferralFilter ANY = new ReferralFilter(null, null, null, null, null, null);
    }

    /** The referrals a body filed, newest first, a page at a time. */
    public Page<ReferralDocument> filedBy(String reportingBody, ReferralFilter filter, Optional<PageCursor> after, int size) {
        return newestFirst(Criteria.where("reportingBody").is(reportingBody), filter, after, size);
    }

    /**
     * A unit's queue, newest first, a page at a time: its open cases (neither closed nor joined to another case), or
     * only those assigned to {@code socialWorker} when one is named.
     */
    public Page<ReferralDocument> queueOf(String owningUnit, String socialWorker, ReferralFilter filter, Optional<PageCursor> after,
                                int size) {
        Criteria open = Criteria.where("owningUnit").is(owningUnit)
                .and("status").nin(ReferralStatus.CLOSED, ReferralStatus.LINKED);
        return newestFirst(socialWorker == null ? open : open.and("socialWorker").is(socialWorker), filter, after, size);
    }

    /**
     * The open cases whose plan gives a task to {@code body} (L 14¹: each body does its part of the plan the case
     * conference agreed), newest first, a page at a time.
     */
    public Page<ReferralDocument> withTasksOf(String body, Optional<PageCursor> after, int size) {
        return newestFirst(Criteria.where("planTasks.ownerBody").is(body).and("status").nin(ReferralStatus.CLOSED,
                ReferralStatus.LINKED), ReferralFilter.ANY, after, size);
    }

    private Page<ReferralDocument> newestFirst(Criteria whose, ReferralFilter filter, Optional<PageCursor> after, int size) {
        List<Criteria> all = new ArrayList<>(List.of(whose));
        all.addAll(narrowed(filter));
        after.ifPresent(c -> all.add(NEWEST_FIRST.after(c.instant(0), c.value(1))));
        return Page.of(mongo.find(NEWEST_FIRST.pageOf(all, size), ReferralDocument.class), size,
                last -> PageCursor.of(last.filedAt().toString(), last.referralId()));
    }

    private static List<Criteria> narrowed(ReferralFilter filter) {
        List<Criteria> narrowed = new ArrayList<>();
        if (filter.status() != null) {
            narrowed.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.municipality() != null) {
            narrowed.add(Criteria.where("municipality").is(filter.municipality()));
        }
        if (filter.filedFrom() != null) {
            narrowed.add(Criteria.where("filedAt").gte(filter.filedFrom()));
        }
        if (filter.filedBefore() != null) {
            narrowed.add(Criteria.where("filedAt").lt(filter.filedBefore()));
        }
        if (filter.referralPrefix() != null) {
            // Validated by the caller: hexadecimal digits and dashes only, so nothing in it is a pattern.
            narrowed.add(Criteria.where("_id").regex("^" + filter.referralPrefix()));
        }
        if (filter.dueBefore() != null) {
            narrowed.add(new Criteria().orOperator(Arrays.stream(StatutoryClock.values()).flatMap(clock -> Stream.of(
                    Criteria.where("clocks." + clock.name() + ".state").is(ReferralDocument.Clock.State.MISSED.name()),
                    Criteria.where("clocks." + clock.name() + ".state").is(ReferralDocument.Clock.State.RUNNING.name())
                            .and("clocks." + clock.name() + ".dueAt").lt(filter.dueBefore()))).toList()));
        }
        return narrowed;
    }
}
