package ge.mimartva.victimstatus;

import ge.mimartva.platform.rules.RuleViolationException;

/**
 * A command broke a rule of the law on victim status, orders or notices; nothing was recorded. The message states the
 * rule and never quotes personal data.
 */
public class ProtectionRuleViolation extends RuleViolationException {

    public ProtectionRuleViolation(String rule) {
        super(rule);
    }

    /** Refuses the command with {@code otherwise} unless {@code rule} holds. */
    public static void require(boolean rule, String otherwise) {
        if (!rule) {
            throw new ProtectionRuleViolation(otherwise);
        }
    }
}
