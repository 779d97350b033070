package ge.mimartva.notification.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The recipient did not acknowledge by {@code acknowledgeBy}: its duty officer is to be told (row N15). */
@Revision("1")
public record NotificationEscalated(String notificationId, String referralId, String ruleId, String recipientBody,
                                    Instant acknowledgeBy) {
}
