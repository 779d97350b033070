package ge.mimartva.notification.matrix;

import java.util.List;

/** What the matrix needs to know of a referral event to pick rules and recipients (no personal data). */
public record ReferralFacts(String referralId, String municipality, List<String> concerns, boolean immediateDanger) {
}
