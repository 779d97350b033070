package ge.mimartva.statistics.figures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which counts are withheld so that no count below the threshold can be read or worked out from the others. */
class SmallCellsTest {

    private static SmallCells.Withheld protect(long total, long... rows) {
        return SmallCells.protect(rows, total, 5);
    }

    @Test
    void countsBelowTheThresholdAreWithheldButZeroIsShown() {
        assertThat(protect(27, 12, 0, 3, 4, 8).rows()).containsExactly(false, false, true, true, false);
    }

    @Test
    void aLoneWithheldCountTakesTheSmallestShownOneWithItSoThatTheTotalDoesNotGiveItAway() {
        // 20 - 9 - 8 would give 3 away: the 8 is withheld too.
        SmallCells.Withheld withheld = protect(20, 9, 3, 8);
        assertThat(withheld.rows()).containsExactly(false, true, true);
        assertThat(withheld.total()).isFalse();
    }

    @Test
    void withheldCountsThatAddUpToLessThanTheThresholdTakeMoreWithThem() {
        // 1 + 2 = 3 could be worked out from the total: the next smallest, 6, goes too.
        assertThat(protect(25, 1, 2, 6, 16).rows()).containsExactly(true, true, true, false);
    }

    @Test
    void withNothingLeftToWithholdTheTotalIsWithheld() {
        SmallCells.Withheld withheld = protect(7, 0, 7, 0);
        assertThat(withheld.rows()).containsExactly(false, false, false);
        SmallCells.Withheld lone = protect(6, 6, 0);
        assertThat(lone.total()).isFalse();
        SmallCells.Withheld recoverable = protect(9, 3, 6);   // 3 withheld, 6 withheld with it, both; total stays
        assertThat(recoverable.rows()).containsExactly(true, true);
        assertThat(recoverable.total()).isFalse();
        SmallCells.Withheld single = protect(3, 3);
        assertThat(single.rows()).containsExactly(true);
        assertThat(single.total()).isTrue();
    }

    @Test
    void aSmallTotalIsWithheldItself() {
        assertThat(protect(4, 4, 0).total()).isTrue();
        assertThat(protect(0, 0, 0).total()).isFalse();
    }

    @Test
    void noWithheldCountCanBeRecoveredFromTheTotalAndTheCountsShown() {
        long[][] tables = {{1, 2, 3, 4, 50}, {4, 40, 41}, {2, 7, 9, 11, 0, 1}, {12, 13, 2}, {5, 5, 1}};
        for (long[] rows : tables) {
            long total = java.util.Arrays.stream(rows).sum();
            SmallCells.Withheld w = SmallCells.protect(rows, total, 5);
            long withheldSum = 0;
            int withheldCount = 0;
            for (int i = 0; i < rows.length; i++) {
                if (w.rows()[i]) {
                    withheldSum += rows[i];
                    withheldCount++;
                } else {
                    assertThat(rows[i] == 0 || rows[i] >= 5).as("a small count shown").isTrue();
                }
            }
            if (!w.total() && withheldCount > 0) {
                assertThat(withheldCount).as("a lone withheld count is the total minus the rest").isGreaterThan(1);
                assertThat(withheldSum).as("withheld counts adding up to a small number").isGreaterThanOrEqualTo(5);
            }
        }
    }
}
