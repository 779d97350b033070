package ge.mimartva.victimstatus.protection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record LinkReferral(@TargetAggregateIdentifier String recordId, String referralId, String municipality,
                           Instant linkedAt) {
}
