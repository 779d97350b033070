package ge.mimartva.statistics.figures;

import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.referral.api.ClosureReason;
import ge.mimartva.referral.api.StatutoryClock;
import ge.mimartva.statistics.api.StatisticsContract;
import ge.mimartva.statistics.api.StatisticsTable;
import ge.mimartva.statistics.facts.Known;
import ge.mimartva.statistics.facts.MeasureFact;
import ge.mimartva.statistics.facts.PreservationFact;
import ge.mimartva.statistics.facts.NotificationFact;
import ge.mimartva.statistics.facts.ReferralFact;
import ge.mimartva.statistics.facts.ReferralFact.Step;
import ge.mimartva.statistics.figures.Table.Column;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;


/**
 * The figures, computed from the facts of a period when asked (docs/adr/0008-statistics.md): each a table cut by one
 * dimension, its counts protected by {@link SmallCells}, durations given only over at least the threshold's number of
 * referrals. Every figure follows from the facts as known at the period's {@code asOf}.
 */
@Component
public class Figures {

    /** The steps whose time from filing is measured, in the procedure's order. */
    static final List<Step> TIMED_STEPS = List.of(Step.REGISTERED, Step.ASSIGNED, Step.FIRST_CONTACT, Step.ASSESSED,
            Step.DECIDED);
    /** The clocks whose completion is a step of the referral: met, or late. The others can only be missed. */
    static final Map<StatutoryClock, Step> CLOCK_STEPS = Map.of(StatutoryClock.T_ASSIGN, Step.ASSIGNED,
            StatutoryClock.T_FIRST_CONTACT, Step.FIRST_CONTACT, StatutoryClock.T_ASSESSMENT, Step.ASSESSED);
    /** The acts of protection counted, each with the law's article it rests on. */
    static final List<String> MEASURES = List.of("RESTRAINING_ORDER_ISSUED (Art. 10)", "PROTECTIVE_ORDER_ISSUED (Art. 10)",
            "PROTECTIVE_ORDER_EXTENDED (Art. 12)", "ORDER_VIOLATED (Art. 10(4))", "VICTIM_STATUS_GRANTED (Art. 16¹)",
            "VICTIM_STATUS_REFUSED (Art. 16¹)", "VICTIM_STATUS_REVOKED (Art. 16¹)", "PENITENTIARY_NOTICE (Art. 17¹(3))",
            "PROTECTION_LOOKUP");

    private final FactsQueries facts;
    private final SharedReferralLoads filed;
    private final int threshold;

    public Figures(FactsQueries facts, SharedReferralLoads filed,
                   @Value("${mimartva.statistics.suppression-threshold:5}") int threshold) {
        this.facts = facts;
        this.filed = filed;
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    public StatisticsTable referrals(Period period, String by, Scope scope) {
        Table table = new Table(StatisticsContract.REFERRALS, period, threshold, by, List.of(Column.count("filed"),
                Column.count("linkedToCase"), Column.count("redirected"), Column.count("closed")));
        Instant asOf = period.asOf();
        forEachReferral(period, scope, f -> {
            boolean linked = f.stepAsOf(Step.LINKED_TO_CASE, asOf).isPresent();
            boolean redirected = f.stepAsOf(Step.REDIRECTED, asOf).isPresent();
            boolean closed = !f.closuresAsOf(asOf).isEmpty();
            for (String key : keys(f, by, asOf)) {
                table.count(key, "filed");
                countIf(table, key, "linkedToCase", linked);
                countIf(table, key, "redirected", redirected);
                countIf(table, key, "closed", closed);
            }
            table.countTotal("filed");
            countTotalIf(table, "linkedToCase", linked);
            countTotalIf(table, "redirected", redirected);
            countTotalIf(table, "closed", closed);
        });
        return table.build();
    }

    public StatisticsTable closures(Period period, String by, Scope scope) {
        Table table = new Table(StatisticsContract.CLOSURES, period, threshold, by,
                Arrays.stream(ClosureReason.values()).map(r -> Column.count(r.name())).toList());
        try (Stream<ReferralFact> closed = facts.referralsClosedIn(period)) {
            closed.filter(f -> f.filedBy(period.asOf()) && inScope(f, period.asOf(), scope)).forEach(f -> {
                for (Known<String> closure : f.closuresAsOf(period.asOf())) {
                    if (period.contains(closure.knownAt())) {
                        keys(f, by, period.asOf()).forEach(key -> table.count(key, closure.value()));
                        table.countTotal(closure.value());
                    }
                }
            });
        }
        return table.build();
    }

    public StatisticsTable timeliness(Period period, String by, Scope scope) {
        List<Column> columns = new ArrayList<>();
        for (Step step : TIMED_STEPS) {
            columns.add(Column.count(step.name() + " n"));
            columns.add(Column.hours(step.name() + " median h"));
            columns.add(Column.hours(step.name() + " p90 h"));
        }
        Table table = new Table(StatisticsContract.TIMELINESS, period, threshold, by, columns);
        Map<String, Map<Step, List<Double>>> byKey = new HashMap<>();
        Map<Step, List<Double>> all = new HashMap<>();
        forEachReferral(period, scope, f -> {
            List<String> keys = keys(f, by, period.asOf());
            keys.forEach(table::row);
            for (Step step : TIMED_STEPS) {
                Optional<Instant> at = f.stepAsOf(step, period.asOf());
                if (at.isEmpty()) {
                    continue;
                }
                double hours = Math.max(0, Duration.between(f.filedAt(), at.get()).toSeconds() / 3600.0);
                for (String key : keys) {
                    table.count(key, step.name() + " n");
                    byKey.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(step, s -> new ArrayList<>()).add(hours);
                }
                table.countTotal(step.name() + " n");
                all.computeIfAbsent(step, s -> new ArrayList<>()).add(hours);
            }
        });
        byKey.forEach((key, steps) -> steps.forEach((step, hours) -> durations(table, key, step.name(), hours)));
        all.forEach((step, hours) -> durations(table, null, step.name(), hours));
        return table.build();
    }

    /** The median and 90th percentile of the hours a step ({@code name}) took, in its two columns. */
    private static void durations(Table table, String key, String name, List<Double> hours) {
        List<Double> sorted = hours.stream().sorted().toList();
        table.hours(key, name + " median h", sorted, 0.5);
        table.hours(key, name + " p90 h", sorted, 0.9);
    }

    public StatisticsTable clocks(Period period, String by, Scope scope) {
        List<Column> columns = new ArrayList<>();
        for (StatutoryClock clock : StatutoryClock.values()) {
            if (CLOCK_STEPS.containsKey(clock)) {
                columns.add(Column.count(clock.name() + " met"));
                columns.add(Column.count(clock.name() + " late"));
            }
            columns.add(Column.count(clock.name() + " missed"));
        }
        Table table = new Table(StatisticsContract.CLOCKS, period, threshold, by, columns);
        forEachReferral(period, scope, f -> {
            List<String> keys = keys(f, by, period.asOf());
            keys.forEach(table::row);
            for (StatutoryClock clock : StatutoryClock.values()) {
                Step step = CLOCK_STEPS.get(clock);
                boolean missed = f.missedBy(clock.name(), period.asOf());
                boolean done = step != null && f.stepAsOf(step, period.asOf()).isPresent();
                String outcome = missed ? (done ? "late" : "missed") : (done ? "met" : null);
                if (outcome != null) {
                    keys.forEach(key -> table.count(key, clock.name() + " " + outcome));
                    table.countTotal(clock.name() + " " + outcome);
                }
            }
        });
        return table.build();
    }

    public StatisticsTable notifications(Period period, String by, Scope scope) {
        Table table = new Table(StatisticsContract.NOTIFICATIONS, period, threshold, by, List.of(Column.count("issued"),
                Column.count("acknowledgedInTime"), Column.count("acknowledgedLate"), Column.count("notAcknowledged"),
                Column.count("escalated")));
        Instant asOf = period.asOf();
        try (Stream<NotificationFact> issued = facts.notificationsIssuedIn(period)) {
            issued.filter(n -> n.issuedBy(asOf) && (scope.isAll() || scope.unit().equals(n.recipientBody())))
                    .forEach(n -> count(table, n, by, asOf));
        }
        return table.build();
    }

    private static void count(Table table, NotificationFact n, String by, Instant asOf) {
        String key = switch (by) {
            case "rule" -> n.ruleId();
            case "recipientBody" -> n.recipientBody();
            default -> "all";
        };
        Optional<Instant> acknowledged = Optional.ofNullable(n.acknowledged()).filter(a -> a.knownBy(asOf)).map(Known::value);
        String state = acknowledged.map(at -> at.isAfter(n.acknowledgeBy()) ? "acknowledgedLate" : "acknowledgedInTime")
                .orElse("notAcknowledged");
        boolean escalated = n.escalated() != null && n.escalated().knownBy(asOf);
        table.count(key, "issued");
        table.count(key, state);
        countIf(table, key, "escalated", escalated);
        table.countTotal("issued");
        table.countTotal(state);
        countTotalIf(table, "escalated", escalated);
    }

    public StatisticsTable protectiveMeasures(Period period, String by, Scope scope) {
        Table table = new Table(StatisticsContract.PROTECTIVE_MEASURES, period, threshold, by,
                MEASURES.stream().map(Column::count).toList());
        try (Stream<MeasureFact> taken = facts.measuresIn(period)) {
            taken.filter(m -> scope.isAll() || scope.municipalities().contains(m.municipality()))
                    .forEach(m -> count(table, m, by));
        }
        return table.build();
    }

    private static void count(Table table, MeasureFact m, String by) {
        String column = MEASURES.stream().filter(c -> c.startsWith(m.kind() + " ") || c.equals(m.kind()))
                .findFirst().orElse(null);
        if (column == null) {
            return;
        }
        String key = switch (by) {
            case "municipality" -> String.valueOf(m.municipality());
            case "body" -> String.valueOf(m.body());
            default -> "all";
        };
        table.count(key, column);
        table.countTotal(column);
    }

    /** The steps of a preservation request counted, in the flow's order. */
    static final List<String> PRESERVATION_STEPS = List.of(PreservationFact.APPROVED, PreservationFact.REFUSED,
            PreservationFact.PROVIDER_ASKED, PreservationFact.PRESERVED, PreservationFact.UNAVAILABLE,
            PreservationFact.REQUESTER_TOLD, PreservationFact.URGENT_MLA_OFFERED, PreservationFact.CLOCK_MISSED);
    /** The times measured from recording: to the decision, to the provider's answer, to the answer to the requester. */
    static final Map<String, List<String>> PRESERVATION_TIMES = Map.of(
            "DECISION", List.of(PreservationFact.APPROVED, PreservationFact.REFUSED),
            "PROVIDER_ANSWER", List.of(PreservationFact.PRESERVED, PreservationFact.UNAVAILABLE),
            "REQUESTER_ANSWER", List.of(PreservationFact.REQUESTER_TOLD, PreservationFact.URGENT_MLA_OFFERED));
    static final List<String> PRESERVATION_TIMED = List.of("DECISION", "PROVIDER_ANSWER", "REQUESTER_ANSWER");

    /**
     * The preservation requests recorded in the period, their steps by {@code asOf} and the hours each took from the
     * recording. They belong to no unit: a unit's staff see none.
     */
    public StatisticsTable preservationRequests(Period period, String by, Scope scope) {
        List<Column> columns = new ArrayList<>(List.of(Column.count("received")));
        PRESERVATION_STEPS.forEach(step -> columns.add(Column.count(step)));
        for (String timed : PRESERVATION_TIMED) {
            columns.add(Column.hours(timed + " median h"));
            columns.add(Column.hours(timed + " p90 h"));
        }
        Table table = new Table(StatisticsContract.PRESERVATION_REQUESTS, period, threshold, by, columns);
        if (!scope.isAll()) {
            return table.build();
        }
        Map<String, Map<String, List<Double>>> byKey = new HashMap<>();
        Map<String, List<Double>> all = new HashMap<>();
        try (Stream<PreservationFact> requests = facts.preservationRequestsRecordedIn(period)) {
            requests.forEach(r -> {
                String key = switch (by) {
                    case "requestingAuthority" -> String.valueOf(r.requestingAuthority());
                    case "serviceProvider" -> String.valueOf(r.serviceProvider());
                    default -> "all";
                };
                table.count(key, "received");
                table.countTotal("received");
                for (String step : PRESERVATION_STEPS) {
                    if (r.stepAsOf(step, period.asOf()).isPresent()) {
                        table.count(key, step);
                        table.countTotal(step);
                    }
                }
                PRESERVATION_TIMES.forEach((timed, ends) -> ends.stream().map(end -> r.stepAsOf(end, period.asOf()))
                        .flatMap(Optional::stream).findFirst().ifPresent(at -> {
                            double hours = Math.max(0, Duration.between(r.recordedAt(), at).toSeconds() / 3600.0);
                            byKey.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(timed, t -> new ArrayList<>()).add(hours);
                            all.computeIfAbsent(timed, t -> new ArrayList<>()).add(hours);
                        }));
            });
        }
        byKey.forEach((key, times) -> times.forEach((timed, hours) -> durations(table, key, timed, hours)));
        all.forEach((timed, hours) -> durations(table, null, timed, hours));
        return table.build();
    }

    // ---- the referrals of a period, and their cuts

    private void forEachReferral(Period period, Scope scope, Consumer<ReferralFact> each) {
        try (Stream<ReferralFact> referrals = filed.filedIn(period)) {
            referrals.filter(f -> inScope(f, period.asOf(), scope)).forEach(each);
        }
    }

    private static boolean inScope(ReferralFact f, Instant asOf, Scope scope) {
        return scope.isAll() || f.unitAsOf(asOf).filter(scope.unit()::equals).isPresent();
    }

    /** The values of the cut a referral counts under (several for its concerns). */
    static List<String> keys(ReferralFact f, String by, Instant asOf) {
        return switch (by) {
            case "month" -> List.of(YearMonth.from(f.filedAt().atZone(GeorgianTime.ZONE)).toString());
            case "municipality" -> List.of(String.valueOf(f.municipality()));
            case "region" -> List.of(String.valueOf(f.region()));
            case "reportingBodyType" -> List.of(String.valueOf(f.reportingBodyType()));
            case "concern" -> f.concerns().isEmpty() ? List.of("NONE") : f.concerns();
            case "ageBand" -> List.of(String.valueOf(f.ageBand()));
            case "urgency" -> List.of(f.urgencyAsOf(asOf).orElse("NOT_REGISTERED"));
            case "unit" -> List.of(f.unitAsOf(asOf).orElse("UNKNOWN"));
            default -> List.of("all");
        };
    }

    private static void countIf(Table table, String key, String column, boolean condition) {
        if (condition) {
            table.count(key, column);
        }
    }

    private static void countTotalIf(Table table, String column, boolean condition) {
        if (condition) {
            table.countTotal(column);
        }
    }

    /** Every figure by its name in {@link StatisticsContract#FIGURES}. */
    public StatisticsTable figure(String figure, Period period, String by, Scope scope) {
        return switch (figure) {
            case StatisticsContract.REFERRALS -> referrals(period, by, scope);
            case StatisticsContract.CLOSURES -> closures(period, by, scope);
            case StatisticsContract.TIMELINESS -> timeliness(period, by, scope);
            case StatisticsContract.CLOCKS -> clocks(period, by, scope);
            case StatisticsContract.NOTIFICATIONS -> notifications(period, by, scope);
            case StatisticsContract.PROTECTIVE_MEASURES -> protectiveMeasures(period, by, scope);
            case StatisticsContract.PRESERVATION_REQUESTS -> preservationRequests(period, by, scope);
            default -> throw new IllegalArgumentException("no figure " + figure);
        };
    }

    /** The cuts each figure allows. */
    public static List<String> cutsOf(String figure) {
        return switch (figure) {
            case StatisticsContract.NOTIFICATIONS -> StatisticsContract.NOTIFICATION_CUTS;
            case StatisticsContract.PROTECTIVE_MEASURES -> StatisticsContract.MEASURE_CUTS;
            case StatisticsContract.PRESERVATION_REQUESTS -> StatisticsContract.PRESERVATION_CUTS;
            default -> StatisticsContract.REFERRAL_CUTS;
        };
    }

}
