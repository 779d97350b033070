package ge.mimartva.referral.command;

import ge.mimartva.platform.web.RuleViolationException;

/** A command broke one of the referral's rules; nothing was recorded. The message never quotes personal data. */
public class ReferralRejected extends RuleViolationException {

    public ReferralRejected(String rule) {
        super(rule);
    }
}
