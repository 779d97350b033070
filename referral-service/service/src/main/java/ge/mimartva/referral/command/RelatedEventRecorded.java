package ge.mimartva.referral.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An event another service recorded about this referral, kept here so the chain can always be rebuilt. */
@Revision("1")
public record RelatedEventRecorded(String chainId, String referralId, String eventId, String service, String type,
                                   Instant occurredAt, String actorId, String actorUsername, String actorRole,
                                   String actorBody, String causationId) {
}
