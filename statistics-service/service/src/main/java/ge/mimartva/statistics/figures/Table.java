package ge.mimartva.statistics.figures;

import ge.mimartva.statistics.api.StatisticsTable;
import ge.mimartva.statistics.api.StatisticsTable.Cell;
import ge.mimartva.statistics.api.StatisticsTable.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table being computed: counts added up per row and column, durations set where there are enough of them; built
 * into a {@link StatisticsTable} with every count column protected by {@link SmallCells} against its total.
 */
final class Table {

    enum Kind { COUNT, HOURS }

    record Column(String name, Kind kind) {
        static Column count(String name) {
            return new Column(name, Kind.COUNT);
        }

        static Column hours(String name) {
            return new Column(name, Kind.HOURS);
        }
    }

    private final String figure;
    private final Period period;
    private final int threshold;
    private final String by;
    private final List<Column> columns;
    private final Map<String, double[]> rows = new TreeMap<>();
    private final double[] total;

    Table(String figure, Period period, int threshold, String by, List<Column> columns) {
        this.figure = figure;
        this.period = period;
        this.threshold = threshold;
        this.by = by;
        this.columns = List.copyOf(columns);
        this.total = empty();
    }

    private double[] empty() {
        double[] values = new double[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).kind() == Kind.COUNT ? 0 : Double.NaN;
        }
        return values;
    }

    int column(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }

    /** Makes the row exist (with zero counts), so that a value of the cut with nothing to count is still shown. */
    void row(String key) {
        rows.computeIfAbsent(key, k -> empty());
    }

    void count(String key, String column) {
        rows.computeIfAbsent(key, k -> empty())[column(column)]++;
    }

    void countTotal(String column) {
        total[column(column)]++;
    }

    /** A duration in hours over {@code values} referrals: only over at least {@code threshold} of them. */
    void hours(String key, String column, List<Double> sortedHours, double percentile) {
        double value = sortedHours.size() >= threshold ? Percentiles.of(sortedHours, percentile) : Double.NaN;
        if (key == null) {
            total[column(column)] = value;
        } else {
            rows.computeIfAbsent(key, k -> empty())[column(column)] = value;
        }
    }

    StatisticsTable build() {
        List<String> keys = new ArrayList<>(rows.keySet());
        Cell[][] cells = new Cell[keys.size()][columns.size()];
        Cell[] totals = new Cell[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).kind() == Kind.COUNT) {
                final int column = c;
                long[] counts = keys.stream().mapToLong(k -> (long) rows.get(k)[column]).toArray();
                SmallCells.Withheld withheld = SmallCells.protect(counts, (long) total[c], threshold);
                for (int r = 0; r < keys.size(); r++) {
                    cells[r][c] = withheld.rows()[r] ? Cell.withheldCell() : Cell.of(counts[r]);
                }
                totals[c] = withheld.total() ? Cell.withheldCell() : Cell.of(total[c]);
            } else {
                for (int r = 0; r < keys.size(); r++) {
                    cells[r][c] = hoursCell(rows.get(keys.get(r))[c]);
                }
                totals[c] = hoursCell(total[c]);
            }
        }
        List<Row> built = new ArrayList<>();
        for (int r = 0; r < keys.size(); r++) {
            built.add(new Row(keys.get(r), Arrays.asList(cells[r])));
        }
        return new StatisticsTable(figure, period.from(), period.to(), period.asOf(), threshold, by,
                columns.stream().map(Column::name).toList(), built, new Row("total", Arrays.asList(totals)));
    }

    private static Cell hoursCell(double value) {
        return Double.isNaN(value) ? Cell.none() : Cell.of(Math.round(value * 10) / 10.0);
    }
}
