package ge.mimartva.referral.command.preservation;

import ge.mimartva.platform.rules.RuleViolationException;

/** A step of a preservation request that the flow does not allow (answered 409 or 422 naming the rule). */
public class PreservationRuleViolation extends RuleViolationException {

    public PreservationRuleViolation(String rule) {
        super(rule);
    }
}
