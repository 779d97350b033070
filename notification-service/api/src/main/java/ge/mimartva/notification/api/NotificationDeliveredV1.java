package ge.mimartva.notification.api;

import java.time.Instant;

/** Integration event {@code notification.NotificationDelivered.v1}: the notification reached its recipient's channel. */
public record NotificationDeliveredV1(String notificationId, String referralId, String recipientBody, String channel,
                                      Instant deliveredAt) {

    public static final String TYPE = "NotificationDelivered";
    public static final int VERSION = 1;
}
