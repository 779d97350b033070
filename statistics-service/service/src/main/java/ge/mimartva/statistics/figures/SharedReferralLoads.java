package ge.mimartva.statistics.figures;

import ge.mimartva.statistics.facts.ReferralFact;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The referrals filed in a period, read once for the tables asked for together. The portal's statistics page asks for
 * four tables of the same period at once, each over the same referrals; reading them four times made the page miss
 * its second (docs/benchmarks.md). A read that began at or after a table's {@code asOf} holds everything known by then,
 * so the table computed from it is exactly the one a read of its own would give: the page asks all four as of the
 * same instant, and the first read serves them all.
 * <p>
 * Memory stays bounded: a read is kept for a few seconds, for at most {@link #PERIODS_KEPT} periods, and only when
 * the period has at most {@link #SHARED_AT_MOST} referrals; a larger period is streamed by each table on its own.
 */
@Component
public class SharedReferralLoads {

    static final int SHARED_AT_MOST = 20_000;
    static final int PERIODS_KEPT = 2;
    static final Duration KEPT_FOR = Duration.ofSeconds(5);

    private record Key(LocalDate from, LocalDate to) {
    }

    /** A read that began at {@code startedAt}; its facts, or empty when the period had too many to keep. */
    private record Load(Instant startedAt, CompletableFuture<Optional<List<ReferralFact>>> facts) {
    }

    private final FactsQueries facts;
    private final Clock clock;
    private final int sharedAtMost;
    /** The reads kept, oldest first; guarded by this. */
    private final Map<Key, Load> loads = new LinkedHashMap<>();

    @Autowired
    public SharedReferralLoads(FactsQueries facts, Clock clock) {
        this(facts, clock, SHARED_AT_MOST);
    }

    SharedReferralLoads(FactsQueries facts, Clock clock, int sharedAtMost) {
        this.facts = facts;
        this.clock = clock;
        this.sharedAtMost = sharedAtMost;
    }

    /** The referrals filed in the period, as its {@code asOf} knows them; close the stream when done. */
    public Stream<ReferralFact> filedIn(Period period) {
        Load load;
        boolean mine = false;
        synchronized (this) {
            Instant now = clock.instant();
            loads.values().removeIf(l -> l.facts().isDone() && l.startedAt().plus(KEPT_FOR).isBefore(now));
            Key key = new Key(period.from(), period.to());
            load = loads.get(key);
            if (load == null || load.startedAt().isBefore(period.asOf())) {
                if (period.asOf().isAfter(now)) {
                    return own(period);
                }
                load = new Load(now, new CompletableFuture<>());
                loads.remove(key);
                loads.put(key, load);
                forgetBeyondKept();
                mine = true;
            }
        }
        if (mine) {
            read(period, load);
        }
        Optional<List<ReferralFact>> shared = join(load);
        return shared.isPresent()
                ? shared.get().stream().filter(f -> f.filedBy(period.asOf()))
                : own(period);
    }

    private Stream<ReferralFact> own(Period period) {
        return facts.referralsFiledIn(period);
    }

    /** Reads the period as known now (the load's start), keeping at most {@link #sharedAtMost} referrals. */
    private void read(Period period, Load load) {
        try (Stream<ReferralFact> filed = facts.referralsFiledIn(new Period(period.from(), period.to(), load.startedAt()))) {
            List<ReferralFact> kept = filed.limit(sharedAtMost + 1L).toList();
            load.facts().complete(kept.size() > sharedAtMost ? Optional.empty() : Optional.of(kept));
        } catch (RuntimeException e) {
            synchronized (this) {
                loads.values().remove(load);
            }
            load.facts().completeExceptionally(e);
        }
    }

    private void forgetBeyondKept() {
        Iterator<Load> oldestFirst = loads.values().iterator();
        for (int over = loads.size() - PERIODS_KEPT; over > 0; over--) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }

    private static Optional<List<ReferralFact>> join(Load load) {
        try {
            return load.facts().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failed ? failed : e;
        }
    }
}
