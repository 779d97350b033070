package ge.mimartva.referral.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Another service reported an event of this referral's chain. */
public record RecordRelatedEvent(@TargetAggregateIdentifier String chainId, String referralId, String eventId,
                                 String service, String type, Instant occurredAt, String actorId,
                                 String actorUsername, String actorRole, String actorBody, String causationId) {
}
