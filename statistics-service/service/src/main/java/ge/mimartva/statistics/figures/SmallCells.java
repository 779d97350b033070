package ge.mimartva.statistics.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small-cell protection of one column of counts and its total. A count from 1 to {@code threshold - 1} is withheld
 * (primary suppression; zero is shown: it discloses no child). A withheld count must not be recoverable from the total
 * and the cells shown: while a column has exactly one withheld cell, or withheld cells that add up to less than the
 * threshold, the smallest count still shown is withheld too (complementary suppression); if no count is left to
 * withhold, the total is withheld. A total from 1 to {@code threshold - 1} is withheld itself.
 */
public final class SmallCells {

    private SmallCells() {
    }

    /** What is withheld of one column: a flag per row, and whether the total is. */
    public record Withheld(boolean[] rows, boolean total) {
    }

    public static Withheld protect(long[] rows, long total, int threshold) {
        boolean[] withheld = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            withheld[i] = small(rows[i], threshold);
        }
        boolean totalWithheld = small(total, threshold);
        while (!totalWithheld && recoverable(rows, withheld, threshold)) {
            List<Integer> shown = new ArrayList<>(IntStream.range(0, rows.length)
                    .filter(i -> !withheld[i] && rows[i] > 0).boxed().toList());
            if (shown.isEmpty()) {
                totalWithheld = true;
            } else {
                withheld[shown.stream().min(Comparator.comparingLong(i -> rows[i])).orElseThrow()] = true;
            }
        }
        return new Withheld(withheld, totalWithheld);
    }

    private static boolean small(long count, int threshold) {
        return count > 0 && count < threshold;
    }

    private static boolean recoverable(long[] rows, boolean[] withheld, int threshold) {
        int count = 0;
        long sum = 0;
        for (int i = 0; i < rows.length; i++) {
            if (withheld[i]) {
                count++;
                sum += rows[i];
            }
        }
        return count == 1 || (count > 1 && sum < threshold);
    }
}
