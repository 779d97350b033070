package ge.mimartva.platform.rules;

/**
 * A command broke a rule of the record's lifecycle (an action its current state does not allow): 409. Nothing was
 * recorded. The message states the rule and must never quote personal data.
 */
public class RuleViolationException extends IllegalArgumentException {

    public RuleViolationException(String rule) {
        super(rule);
    }
}
