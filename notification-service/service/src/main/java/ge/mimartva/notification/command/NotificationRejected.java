package ge.mimartva.notification.command;

import ge.mimartva.platform.web.RuleViolationException;

/** A command broke one of the notification's rules; nothing was recorded (answered 409 naming the rule). */
public class NotificationRejected extends RuleViolationException {

    public NotificationRejected(String rule) {
        super(rule);
    }
}
