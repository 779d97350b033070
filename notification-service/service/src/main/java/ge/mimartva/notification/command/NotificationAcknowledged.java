package ge.mimartva.notification.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The receiving body confirmed it has the notification. */
@Revision("1")
public record NotificationAcknowledged(String notificationId, String referralId, String recipientBody,
                                       String acknowledgedBy, Instant acknowledgedAt) {
}
