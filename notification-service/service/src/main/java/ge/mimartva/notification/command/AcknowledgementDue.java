package ge.mimartva.notification.command;

/** Payload of a notification's acknowledgement clock. */
public record AcknowledgementDue(String notificationId) {
}
