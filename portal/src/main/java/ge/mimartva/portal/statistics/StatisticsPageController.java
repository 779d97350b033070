package ge.mimartva.portal.statistics;

import ge.mimartva.portal.api.PlatformApi;
import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.reference.Territory;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.statistics.api.StatisticsTable;
import ge.mimartva.statistics.api.StatisticsTable.Cell;
import org.springframework.context.MessageSource;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The statistics page (the ministry's analysts; a unit's staff see their unit's): referrals per month and per
 * municipality, the time each step takes, and the statutory clocks met, late and missed per unit, for a period. Each
 * chart is drawn on the server ({@link BarChart}) and has its numbers in a table beside it; withheld counts show as
 * "&lt;5", as the service publishes them.
 */
@Controller
public class StatisticsPageController {

    /** One part of the page: a chart (if any) and the table of its numbers. */
    public record Section(String id, String title, String chart, List<String> headers, List<List<String>> rows) {
    }

    static final List<String> STEPS = List.of("REGISTERED", "ASSIGNED", "FIRST_CONTACT", "ASSESSED", "DECIDED");
    static final List<String> CLOCKS = List.of("T_ASSIGN", "T_FIRST_CONTACT", "T_ASSESSMENT");
    private static final String FILED = "#1d4f91";
    private static final String MEDIAN = "#1d4f91";
    private static final String P90 = "#b3541e";
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PlatformApi api;
    private final TerritoryDirectory territories;
    private final MessageSource messages;
    private final Clock clock;
    /** Asks the service on the person's behalf: the security context (their token) goes with each call. */
    private final Executor askers = new DelegatingSecurityContextExecutor(Executors.newFixedThreadPool(4, r -> {
        Thread thread = new Thread(r, "statistics-tables");
        thread.setDaemon(true);
        return thread;
    }));

    public StatisticsPageController(PlatformApi api, TerritoryDirectory territories, MessageSource messages) {
        this.api = api;
        this.territories = territories;
        this.messages = messages;
        this.clock = Clock.system(GeorgianTime.ZONE);
    }

    @GetMapping("/portal/statistics")
    String statistics(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = day(from, today.withDayOfMonth(1).minusMonths(11));
        LocalDate end = day(to, today.plusDays(1));
        if (!first.isBefore(end)) {
            first = end.minusMonths(12);
        }
        // All four tables as known at one instant: they agree with each other, and the service reads the period once.
        Instant asOf = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String period = "from=" + first + "&to=" + end + "&asOf=" + asOf;
        // The four tables are asked for at once: the page takes as long as the slowest, not as all four.
        CompletableFuture<StatisticsTable> monthlyAsked = table("referrals", "month", period);
        CompletableFuture<StatisticsTable> placesAsked = table("referrals", "municipality", period);
        CompletableFuture<StatisticsTable> timelinessAsked = table("timeliness", "none", period);
        CompletableFuture<StatisticsTable> clocksAsked = table("clocks", "unit", period);
        StatisticsTable monthly = answer(monthlyAsked);
        StatisticsTable places = answer(placesAsked);
        StatisticsTable timeliness = answer(timelinessAsked);
        StatisticsTable clocks = answer(clocksAsked);
        model.addAttribute("from", first);
        model.addAttribute("to", end);
        model.addAttribute("asOf", AS_OF.format(asOf.atZone(GeorgianTime.ZONE)));
        model.addAttribute("threshold", monthly.threshold());
        model.addAttribute("total", text(monthly.total().cells().get(0), monthly.threshold()));
        model.addAttribute("sections", List.of(
                counts("per-month", message("statistics.perMonth", locale), monthly, Function.identity(), locale),
                counts("per-municipality", message("statistics.perMunicipality", locale), places,
                        code -> placeName(code, locale), locale),
                timeliness(timeliness, locale),
                clocks(clocks, locale)));
        return "statistics";
    }

    private CompletableFuture<StatisticsTable> table(String figure, String by, String period) {
        return CompletableFuture.supplyAsync(() -> api.statisticsGet("/api/statistics/" + figure + "?by=" + by + "&"
                + period, StatisticsTable.class), askers);
    }

    private static StatisticsTable answer(CompletableFuture<StatisticsTable> asked) {
        try {
            return asked.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException refused ? refused : e;
        }
    }

    /** Referrals filed per row of the cut: a bar each, and the four counts in the table. */
    private Section counts(String id, String title, StatisticsTable table, Function<String, String> label, Locale locale) {
        List<BarChart.Bar> bars = table.rows().stream()
                .map(r -> new BarChart.Bar(label.apply(r.key()), Arrays.asList(valueOrNull(r.cells().get(0))))).toList();
        List<String> headers = new ArrayList<>(List.of(message("statistics.column." + table.by(), locale)));
        table.columns().forEach(c -> headers.add(message("statistics.column." + c, locale)));
        List<List<String>> rows = new ArrayList<>();
        table.rows().forEach(r -> rows.add(row(label.apply(r.key()), r.cells(), table.threshold())));
        rows.add(row(message("statistics.total", locale), table.total().cells(), table.threshold()));
        return new Section(id, title, BarChart.svg(id + "-title", List.of(new BarChart.Series(
                message("statistics.column.filed", locale), FILED)), bars, "<" + table.threshold()), headers, rows);
    }

    /** Median and 90th percentile of the hours from filing to each step (over all the referrals of the period). */
    private Section timeliness(StatisticsTable table, Locale locale) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String step : STEPS) {
            Cell n = cell(table, step + " n");
            Cell median = cell(table, step + " median h");
            Cell p90 = cell(table, step + " p90 h");
            String name = message("statistics.step." + step, locale);
            bars.add(new BarChart.Bar(name, Arrays.asList(valueOrNull(median), valueOrNull(p90))));
            rows.add(List.of(name, text(n, table.threshold()), text(median, table.threshold()),
                    text(p90, table.threshold())));
        }
        String median = message("statistics.median", locale);
        String p90 = message("statistics.p90", locale);
        return new Section("timeliness", message("statistics.timeliness", locale), BarChart.svg("timeliness-title",
                List.of(new BarChart.Series(median, MEDIAN), new BarChart.Series(p90, P90)), bars, "—"),
                List.of(message("statistics.column.step", locale), message("statistics.column.n", locale), median, p90),
                rows);
    }

    /** Per unit: each clock that ends with a step of the referral, met, late and missed. A table only. */
    private Section clocks(StatisticsTable table, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(message("statistics.column.unit", locale)));
        for (String clockName : CLOCKS) {
            for (String outcome : List.of("met", "late", "missed")) {
                headers.add(message("statistics.clock." + clockName, locale) + ": " + message("statistics." + outcome, locale));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        table.rows().forEach(r -> rows.add(clockRow(unitName(r.key()), table, r.cells())));
        rows.add(clockRow(message("statistics.total", locale), table, table.total().cells()));
        return new Section("clocks", message("statistics.clocks", locale), null, headers, rows);
    }

    private List<String> clockRow(String label, StatisticsTable table, List<Cell> cells) {
        List<String> row = new ArrayList<>(List.of(label));
        for (String clockName : CLOCKS) {
            for (String outcome : List.of("met", "late", "missed")) {
                row.add(text(cells.get(table.columns().indexOf(clockName + " " + outcome)), table.threshold()));
            }
        }
        return row;
    }

    private static Cell cell(StatisticsTable table, String column) {
        return table.total().cells().get(table.columns().indexOf(column));
    }

    private static List<String> row(String label, List<Cell> cells, int threshold) {
        List<String> row = new ArrayList<>(List.of(label));
        cells.forEach(c -> row.add(text(c, threshold)));
        return row;
    }

    private static Double valueOrNull(Cell cell) {
        return cell.withheld() ? null : cell.value();
    }

    static String text(Cell cell, int threshold) {
        return cell.withheld() ? "<" + threshold : cell.value() == null ? "—" : BarChart.number(cell.value());
    }

    private String placeName(String code, Locale locale) {
        return territories.find(code).map(t -> "ka".equals(locale.getLanguage()) ? t.nameKa() : t.nameEn()).orElse(code);
    }

    private String unitName(String id) {
        return territories.all().stream().map(Territory::agencyUnit).filter(u -> u.id().equals(id)).findFirst()
                .map(Territory.Body::name).orElse(id);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static LocalDate day(String value, LocalDate fallback) {
        try {
            return value == null || value.isBlank() ? fallback : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
