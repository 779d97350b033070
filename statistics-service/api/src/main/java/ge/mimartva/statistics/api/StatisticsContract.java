package ge.mimartva.statistics.api;

import java.util.List;

/** The figures statistics-service publishes at {@code /api/statistics/<figure>}, and the cuts each allows. */
public final class StatisticsContract {

    /** Referrals filed in the period; of them linked to an existing case, redirected, closed (by {@code asOf}). */
    public static final String REFERRALS = "referrals";
    /** Closures in the period, by outcome (the reason of the closure). */
    public static final String CLOSURES = "closures";
    /** Hours from filing to registration, assignment, first contact, assessment and decision: median and 90th percentile. */
    public static final String TIMELINESS = "timeliness";
    /** Statutory clocks of the referrals filed in the period: met, late (missed, then done) and missed (not done). */
    public static final String CLOCKS = "clocks";
    /** Notifications issued in the period: acknowledged in time, late, not yet; escalated. */
    public static final String NOTIFICATIONS = "notifications";
    /** Restraining and protective orders, violations, victim statuses, penitentiary notices, protection lookups. */
    public static final String PROTECTIVE_MEASURES = "protective-measures";

    public static final List<String> FIGURES = List.of(REFERRALS, CLOSURES, TIMELINESS, CLOCKS, NOTIFICATIONS,
            PROTECTIVE_MEASURES);

    /** The cuts of the referral figures (referrals, closures, timeliness, clocks). */
    public static final List<String> REFERRAL_CUTS = List.of("none", "month", "municipality", "region",
            "reportingBodyType", "concern", "ageBand", "urgency", "unit");
    /** The cuts of the notification figures. */
    public static final List<String> NOTIFICATION_CUTS = List.of("none", "rule", "recipientBody");
    /** The cuts of the protective-measure figures. */
    public static final List<String> MEASURE_CUTS = List.of("none", "municipality", "body");

    private StatisticsContract() {
    }
}
