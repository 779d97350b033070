package ge.mimartva.referral.api;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/referrals}: one referral in a list (the reporting institution's referrals, a unit's queue). No
 * personal data of the child: a list is not a read of the child's record; opening one is.
 *
 * @param status       the lifecycle status, for the agency staff of the owning unit only
 * @param socialWorker the assigned social worker, for the agency staff of the owning unit only
 * @param nextClock    the clock due first, for the agency staff of the owning unit only
 */
public record ReferralSummary(String referralId, Instant filedAt, String reportingBody, String municipality,
                              List<Concern> concerns, boolean immediateDanger, ReferralDetails.Progress progress,
                              ReferralStatus status, Urgency urgency, String socialWorker, ReporterFeedback outcome,
                              NextClock nextClock) {

    /**
     * The statutory clock of the case due first among those still running or missed, for its unit's staff: what is
     * overdue, what is due today.
     */
    public record NextClock(StatutoryClock clock, Instant dueAt, boolean missed) {
    }
}
