package ge.mimartva.notification.api;

public enum NotificationStatus {
    PENDING, DELIVERED, ACKNOWLEDGED, ESCALATED
}
