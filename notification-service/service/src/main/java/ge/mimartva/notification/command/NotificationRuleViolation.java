package ge.mimartva.notification.command;

import ge.mimartva.platform.rules.RuleViolationException;

/** A command broke one of the notification's rules; nothing was recorded (answered 409 naming the rule). */
public class NotificationRuleViolation extends RuleViolationException {

    public NotificationRuleViolation(String rule) {
        super(rule);
    }
}
