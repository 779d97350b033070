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

    /**
     * The 24/7 contact point's preservation requests recorded in the period: approved, refused, provider asked,
     * preserved, not available, requester told, urgent MLA offered, a clock missed; hours from recording to the
     * decision, to the provider's answer and to the answer to the requester (median, 90th percentile).
     */
    public static final String PRESERVATION_REQUESTS = "preservation-requests";

    public static final List<String> FIGURES = List.of(REFERRALS, CLOSURES, TIMELINESS, CLOCKS, NOTIFICATIONS,
            PROTECTIVE_MEASURES, PRESERVATION_REQUESTS);

    /** The cuts of the referral figures (referrals, closures, timeliness, clocks). */
    public static final List<String> REFERRAL_CUTS = List.of("none", "month", "municipality", "region",
            "reportingBodyType", "concern", "ageBand", "urgency", "unit");
    /** The cuts of the notification figures. */
    public static final List<String> NOTIFICATION_CUTS = List.of("none", "rule", "recipientBody");
    /** The cuts of the protective-measure figures. */
    public static final List<String> MEASURE_CUTS = List.of("none", "municipality", "body");
    /** The cuts of the preservation figures. */
    public static final List<String> PRESERVATION_CUTS = List.of("none", "requestingAuthority", "serviceProvider");

    private StatisticsContract() {
    }
}
