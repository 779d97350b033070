package ge.mimartva.portal.statistics;

import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A horizontal bar chart drawn on the server as SVG: no script, no chart library, readable on a phone (it scales to the
 * page's width). One bar per series for each row; a withheld figure has no bar, only its "&lt;5". The chart is an image
 * labelled by the page's caption; the same numbers are in the table beside it, which is what a screen reader reads.
 */
public final class BarChart {

    /** One row of bars: its label, and one value per series ({@code null}: withheld or none). */
    public record Bar(String label, List<Double> values) {
    }

    /** A series: its name (for the legend) and its fill. */
    public record Series(String name, String fill) {
    }

    private static final int WIDTH = 480;
    private static final int LEFT = 8;
    private static final int LABEL_HEIGHT = 20;
    private static final int BAR_HEIGHT = 18;
    private static final int ROW_GAP = 12;

    private BarChart() {
    }

    /** Each row: its label on a line of its own (long names fit a phone), then its bars across the width. */
    public static String svg(String labelledBy, List<Series> series, List<Bar> bars, String withheldText) {
        double max = bars.stream().flatMap(b -> b.values().stream()).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .max().orElse(0);
        int rowHeight = LABEL_HEIGHT + series.size() * BAR_HEIGHT + ROW_GAP;
        int legend = series.size() > 1 ? 26 : 0;
        int height = legend + bars.size() * rowHeight + 4;
        int plot = WIDTH - LEFT - 56;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"chart\" role=\"img\" aria-labelledby=\"%s\" viewBox=\"0 0 %d %d\" "
                + "width=\"100%%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">",
                esc(labelledBy), WIDTH, height));
        for (int s = 0; s < series.size() && series.size() > 1; s++) {
            int x = LEFT + s * 220;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"14\" height=\"14\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"16\" font-size=\"14\" fill=\"#1a1a1a\">%s</text>",
                    x, esc(series.get(s).fill()), x + 20, esc(series.get(s).name())));
        }
        for (int r = 0; r < bars.size(); r++) {
            Bar bar = bars.get(r);
            int top = legend + r * rowHeight;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"14\" fill=\"#1a1a1a\">%s</text>",
                    LEFT, top + 15, esc(bar.label())));
            for (int s = 0; s < series.size(); s++) {
                Double value = bar.values().get(s);
                int y = top + LABEL_HEIGHT + s * BAR_HEIGHT;
                int length = value == null || max == 0 ? 0 : (int) Math.round(plot * value / max);
                if (length > 0) {
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                            LEFT, y, length, BAR_HEIGHT - 3, esc(series.get(s).fill())));
                }
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\" fill=\"#1a1a1a\">%s</text>",
                        LEFT + length + 6, y + BAR_HEIGHT - 5, esc(value == null ? withheldText : number(value))));
            }
        }
        return svg.append("</svg>").toString();
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
