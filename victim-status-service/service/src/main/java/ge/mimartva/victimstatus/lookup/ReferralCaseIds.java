package ge.mimartva.victimstatus.lookup;

/** The id of what the lookup knows of a referral: one per referral, whoever delivers its events. */
public final class ReferralCaseIds {

    private ReferralCaseIds() {
    }

    public static String of(String referralId) {
        return "case:" + referralId;
    }
}
