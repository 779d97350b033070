package ge.mimartva.notification.command;

/** A command broke one of the notification's rules; nothing was recorded. */
public class NotificationRejected extends IllegalArgumentException {

    public NotificationRejected(String rule) {
        super(rule);
    }
}
