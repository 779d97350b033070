package ge.mimartva.statistics.figures;

import ge.mimartva.statistics.facts.ReferralFact;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tables of a page read their period's referrals once, and a shared read never gives a table less than a read of
 * its own would: the referrals here are an in-memory history (the database's side is StatisticsServiceIntegrationTest).
 */
class SharedReferralLoadsTest {

    static final Instant NOON = Instant.parse("2026-01-20T08:00:00Z");
    static final LocalDate FROM = LocalDate.parse("2026-01-01");
    static final LocalDate TO = LocalDate.parse("2026-02-01");

    /** The read model's referrals, each filed at its instant; counts the reads. */
    static final class History extends FactsQueries {
        final List<ReferralFact> filed = new ArrayList<>();
        final AtomicInteger reads = new AtomicInteger();
        RuntimeException failing;

        History() {
            super(null);
        }

        void file(Instant at) {
            filed.add(ReferralFact.unknown("r" + filed.size()).filed(at, "SCH", "TBILISI-VAKE", "TBILISI", List.of(),
                    false, null, null));
        }

        @Override
        public Stream<ReferralFact> referralsFiledIn(Period period) {
            reads.incrementAndGet();
            if (failing != null) {
                throw failing;
            }
            return List.copyOf(filed).stream().filter(f -> !f.filedAt().isBefore(period.start())
                    && f.filedAt().isBefore(period.end()) && f.filedBy(period.asOf()));
        }
    }

    final History history = new History();
    Instant now = NOON;
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    long count(SharedReferralLoads loads, Instant asOf) {
        try (Stream<ReferralFact> filed = loads.filedIn(new Period(FROM, TO, asOf))) {
            return filed.count();
        }
    }

    @Test
    void tablesAskedAsOfTheSameInstantReadThePeriodOnce() {
        SharedReferralLoads loads = new SharedReferralLoads(history, clock, 100);
        history.file(NOON.minusSeconds(60));
        history.file(NOON.minusSeconds(30));
        Instant pageAskedAt = NOON.minusMillis(5);
        assertThat(List.of(count(loads, pageAskedAt), count(loads, pageAskedAt), count(loads, pageAskedAt),
                count(loads, pageAskedAt))).containsOnly(2L);
        assertThat(history.reads).hasValue(1);
        // An earlier instant is served by the same read, and sees only what was filed by then.
        assertThat(count(loads, NOON.minusSeconds(45))).isEqualTo(1);
        assertThat(history.reads).hasValue(1);
    }

    @Test
    void aTableAskedAsOfALaterInstantThanTheReadReadsAgainAndCountsWhatCameSince() {
        SharedReferralLoads loads = new SharedReferralLoads(history, clock, 100);
        history.file(NOON.minusSeconds(60));
        assertThat(count(loads, NOON)).isEqualTo(1);
        now = NOON.plusMillis(300);
        history.file(NOON.plusMillis(200));
        assertThat(count(loads, now)).isEqualTo(2);
        assertThat(history.reads).hasValue(2);
    }

    @Test
    void aReadIsForgottenAfterAFewSeconds() {
        SharedReferralLoads loads = new SharedReferralLoads(history, clock, 100);
        history.file(NOON.minusSeconds(60));
        count(loads, NOON);
        now = NOON.plus(SharedReferralLoads.KEPT_FOR).plusSeconds(1);
        count(loads, NOON);
        assertThat(history.reads).hasValue(2);
    }

    @Test
    void aPeriodWithMoreReferralsThanAreKeptIsStreamedByEachTable() {
        SharedReferralLoads loads = new SharedReferralLoads(history, clock, 3);
        for (int i = 0; i < 5; i++) {
            history.file(NOON.minusSeconds(60 - i));
        }
        assertThat(count(loads, NOON)).isEqualTo(5);
        assertThat(count(loads, NOON)).isEqualTo(5);
        // One read that stopped past the limit, then each table's own.
        assertThat(history.reads).hasValue(3);
    }

    @Test
    void aFailedReadFailsItsTableAndIsNotKept() {
        SharedReferralLoads loads = new SharedReferralLoads(history, clock, 100);
        history.file(NOON.minusSeconds(60));
        history.failing = new IllegalStateException("read model unavailable");
        assertThatThrownBy(() -> count(loads, NOON)).isSameAs(history.failing);
        history.failing = null;
        assertThat(count(loads, NOON)).isEqualTo(1);
    }

    @Test
    void anInstantStillToComeIsNeverServedByAReadOfNow() {
        SharedReferralLoads loads = new SharedReferralLoads(history, clock, 100);
        count(loads, NOON);
        count(loads, NOON.plusSeconds(60));
        assertThat(history.reads).hasValue(2);
    }
}
