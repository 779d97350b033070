package ge.mimartva.notification.api;

/** Names of notification-service's published contract. */
public final class NotificationContract {

    /** Source name of notification-service's integration events (first part of their routing keys). */
    public static final String SOURCE = "notification";

    private NotificationContract() {
    }
}
