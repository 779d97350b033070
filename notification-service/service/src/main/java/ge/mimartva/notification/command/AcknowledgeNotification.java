package ge.mimartva.notification.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record AcknowledgeNotification(@TargetAggregateIdentifier String notificationId, String acknowledgingBody,
                                      String acknowledgedBy, Instant acknowledgedAt) {
}
