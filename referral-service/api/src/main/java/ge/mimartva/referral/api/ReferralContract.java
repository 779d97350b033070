package ge.mimartva.referral.api;

/** Names of referral-service's published contract. */
public final class ReferralContract {

    /** Source name of referral-service's integration events (first part of their routing keys). */
    public static final String SOURCE = "referral";

    private ReferralContract() {
    }
}
