package ge.mimartva.statistics.web;

import ge.mimartva.statistics.api.StatisticsTable;

import java.util.stream.Collectors;

/**
 * A table as CSV (RFC 4180): a header of the cut's name and the columns, a line per row and one for the total; a
 * withheld count is written {@code <threshold} (e.g. {@code <5}), a figure that cannot be computed is empty.
 */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    static String of(StatisticsTable table) {
        StringBuilder csv = new StringBuilder();
        csv.append(field(table.by()));
        table.columns().forEach(c -> csv.append(',').append(field(c)));
        csv.append("\r\n");
        table.rows().forEach(row -> line(csv, row, table.threshold()));
        line(csv, table.total(), table.threshold());
        return csv.toString();
    }

    private static void line(StringBuilder csv, StatisticsTable.Row row, int threshold) {
        csv.append(field(row.key()));
        csv.append(row.cells().stream().map(cell -> "," + (cell.withheld() ? "<" + threshold
                : cell.value() == null ? "" : number(cell.value()))).collect(Collectors.joining()));
        csv.append("\r\n");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** Quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ is neutralised (CSV injection). */
    private static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches(".*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
