package ge.mimartva.referral.command;

/** A command broke one of the referral's rules; nothing was recorded. The message never quotes personal data. */
public class ReferralRejected extends IllegalArgumentException {

    public ReferralRejected(String rule) {
        super(rule);
    }
}
