package ge.mimartva.referral.api;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/referrals/{id}}: a referral as its reporter, or the agency staff of its territory, see it. */
public record ReferralDetails(String referralId, String status, String reportingBody, String filedBy, Instant filedAt,
                              ChildDetails child, List<Concern> concerns, String description, boolean immediateDanger,
                              long version) {
}
