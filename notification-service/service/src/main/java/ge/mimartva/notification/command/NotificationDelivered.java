package ge.mimartva.notification.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The notification reached the recipient's channel (for the inbox: it is listed there). */
@Revision("1")
public record NotificationDelivered(String notificationId, String referralId, String recipientBody, String channel,
                                    Instant deliveredAt) {
}
