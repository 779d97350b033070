package ge.mimartva.notification.api;

import java.time.Instant;

/**
 * Integration event {@code notification.NotificationEscalated.v1}: {@code recipientBody} did not acknowledge the
 * notification by {@code acknowledgeBy}; its duty officer is told (row N15).
 */
public record NotificationEscalatedV1(String notificationId, String referralId, String ruleId, String recipientBody,
                                      Instant acknowledgeBy) {

    public static final String TYPE = "NotificationEscalated";
    public static final int VERSION = 1;
}
