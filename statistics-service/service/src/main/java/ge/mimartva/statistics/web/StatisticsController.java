package ge.mimartva.statistics.web;

import ge.mimartva.platform.web.InvalidRequestException;
import ge.mimartva.platform.web.ProblemDetailsAdvice.FieldProblem;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.statistics.api.StatisticsContract;
import ge.mimartva.statistics.api.StatisticsTable;
import ge.mimartva.statistics.figures.Figures;
import ge.mimartva.statistics.figures.Period;
import ge.mimartva.reference.GeorgianTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform's statistics (L 6(3)(c)): {@code GET /api/statistics/<figure>?from=&to=&by=&asOf=}, as JSON or, with
 * {@code format=csv}, as CSV with the same rows. Small cells withheld in both.
 */
@RestController
@RequestMapping("/api/statistics")
public class StatisticsController {

    /** The longest period one table covers. */
    static final int MAX_YEARS = 10;

    private final Figures figures;
    private final StatisticsAccess access;
    private final Clock clock;

    public StatisticsController(Figures figures, StatisticsAccess access, Clock clock) {
        this.figures = figures;
        this.access = access;
        this.clock = clock;
    }

    @Operation(summary = "A table of figures for a period, cut by one dimension, small cells withheld",
            description = "figure: referrals, closures, timeliness, clocks, notifications, protective-measures. "
                    + "Counts from 1 to the threshold minus one, and those that would give one away, are null with "
                    + "withheld=true. asOf (default now) makes the figures of a past date reproducible.")
    @GetMapping("/{figure}")
    public ResponseEntity<?> figure(@PathVariable String figure,
                                    @Parameter(description = "first day, yyyy-mm-dd (Georgia)") @RequestParam(required = false) String from,
                                    @Parameter(description = "day after the last, yyyy-mm-dd") @RequestParam(required = false) String to,
                                    @Parameter(description = "the cut; see StatisticsContract") @RequestParam(defaultValue = "none") String by,
                                    @Parameter(description = "only what was known by this instant (ISO-8601)") @RequestParam(required = false) String asOf,
                                    @RequestParam(defaultValue = "json") String format) {
        var scope = access.scopeOf(CurrentActor.get());
        List<FieldProblem> problems = new ArrayList<>();
        if (!StatisticsContract.FIGURES.contains(figure)) {
            problems.add(new FieldProblem("figure", "one of " + StatisticsContract.FIGURES));
        }
        LocalDate today = LocalDate.now(clock.withZone(GeorgianTime.ZONE));
        LocalDate first = date(from, today.withDayOfMonth(1).minusMonths(11), "from", problems);
        LocalDate end = date(to, today.plusDays(1), "to", problems);
        Instant known = instant(asOf, clock.instant(), problems);
        if (first != null && end != null && (!first.isBefore(end) || first.plusYears(MAX_YEARS).isBefore(end))) {
            problems.add(new FieldProblem("to", "after from, at most " + MAX_YEARS + " years after it"));
        }
        if (StatisticsContract.FIGURES.contains(figure) && !Figures.cutsOf(figure).contains(by)) {
            problems.add(new FieldProblem("by", "one of " + Figures.cutsOf(figure)));
        }
        if (!format.equals("json") && !format.equals("csv")) {
            problems.add(new FieldProblem("format", "json or csv"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        StatisticsTable table = figures.figure(figure, new Period(first, end, known), by, scope);
        if (format.equals("csv")) {
            return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"" + figure + "-" + first + "-" + end + ".csv\"")
                    .body(StatisticsCsv.of(table));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(table);
    }

    private static LocalDate date(String value, LocalDate fallback, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "a date, yyyy-mm-dd"));
            return null;
        }
    }

    private static Instant instant(String value, Instant fallback, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("asOf", "an instant, e.g. 2026-01-31T20:00:00Z"));
            return null;
        }
    }
}
