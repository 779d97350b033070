package ge.mimartva.statistics.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One table of figures, as statistics-service publishes it (JSON, or CSV with the same rows): for the period
 * {@code [from, to)}, counting only what the platform knew at {@code asOf} (so the figures of a past date are the same
 * whenever they are asked for), cut by {@code by} (one row per value), with small cells withheld: a count from 1 to
 * {@code threshold - 1}, or one that would let a withheld count be recovered from the total, is {@code null} with
 * {@code withheld} set. No row names a child or a referral.
 */
public record StatisticsTable(String figure, LocalDate from, LocalDate to, Instant asOf, int threshold, String by,
                              List<String> columns, List<Row> rows, Row total) {

    /** One value of the cut ({@code key}) and its figures, in the order of {@link #columns}. */
    public record Row(String key, List<Cell> cells) {
    }

    /** A count, or a duration in hours (a median or a percentile); {@code null} when withheld or not computable. */
    public record Cell(Double value, boolean withheld) {

        public static Cell of(double value) {
            return new Cell(value, false);
        }

        public static Cell withheldCell() {
            return new Cell(null, true);
        }

        public static Cell none() {
            return new Cell(null, false);
        }
    }
}
