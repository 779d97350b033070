package ge.mimartva.referral.command.preservation;

import ge.mimartva.platform.web.RuleViolationException;

/** A step of a preservation request that the flow does not allow (answered 409 or 422 naming the rule). */
public class PreservationRuleViolated extends RuleViolationException {

    public PreservationRuleViolated(String rule) {
        super(rule);
    }
}
