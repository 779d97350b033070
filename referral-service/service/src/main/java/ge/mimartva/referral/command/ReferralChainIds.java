package ge.mimartva.referral.command;

/**
 * The id of a referral's chain (or of a request correlated to itself): one per correlation, whoever records into it,
 * and distinct from the referral's own id, which is another aggregate's.
 */
public final class ReferralChainIds {

    private ReferralChainIds() {
    }

    public static String of(String correlationId) {
        return "chain:" + correlationId;
    }
}
