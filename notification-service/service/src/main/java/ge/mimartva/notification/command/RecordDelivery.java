package ge.mimartva.notification.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record RecordDelivery(@TargetAggregateIdentifier String notificationId, String channel, Instant deliveredAt) {
}
