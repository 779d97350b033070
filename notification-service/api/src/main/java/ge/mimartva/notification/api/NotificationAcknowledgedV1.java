package ge.mimartva.notification.api;

import java.time.Instant;

/** Integration event {@code notification.NotificationAcknowledged.v1}: the receiving body confirmed receipt. */
public record NotificationAcknowledgedV1(String notificationId, String referralId, String recipientBody,
                                         Instant acknowledgedAt) {

    public static final String TYPE = "NotificationAcknowledged";
    public static final int VERSION = 1;
}
