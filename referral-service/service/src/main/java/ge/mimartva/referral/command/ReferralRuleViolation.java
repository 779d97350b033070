package ge.mimartva.referral.command;

import ge.mimartva.platform.rules.RuleViolationException;

/** A command broke one of the referral's rules; nothing was recorded. The message never quotes personal data. */
public class ReferralRuleViolation extends RuleViolationException {

    public ReferralRuleViolation(String rule) {
        super(rule);
    }
}
