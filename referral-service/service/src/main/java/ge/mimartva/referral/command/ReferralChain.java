package ge.mimartva.referral.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The other services' events of one referral, as referral-service received them over RabbitMQ. Recording them in
 * this service's own event store makes the whole chain replayable from here; each event is recorded once, however
 * often it is delivered.
 * <p>
 * A referral's chain receives its events within moments of each other (N1 issued, then delivered, the protection
 * record linked…), so the chain is kept in memory between them ({@link #CACHE}) instead of being loaded from the event
 * store for each one. It holds nothing but ids (no personal data lingers in memory), and a chain another instance
 * has added to since is refused at append (the sequence is taken), dropped from memory and the delivery tried again.
 */
@Aggregate(cache = ReferralChain.CACHE)
public class ReferralChain {

    public static final String CACHE = "referralChainCache";

    @AggregateIdentifier
    private String chainId;
    private final Set<String> recorded = new HashSet<>();

    protected ReferralChain() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordRelatedEvent c) {
        if (c.eventId() == null || c.service() == null || c.type() == null) {
            throw new ReferralRuleViolation("A related event names its id, its service and its type.");
        }
        if (!recorded.contains(c.eventId())) {
            apply(new RelatedEventRecorded(c.chainId(), c.referralId(), c.eventId(), c.service(), c.type(),
                    c.occurredAt(), c.actorId(), c.actorUsername(), c.actorRole(), c.actorBody(), c.causationId()));
        }
    }

    @EventSourcingHandler
    void on(RelatedEventRecorded e) {
        chainId = e.chainId();
        recorded.add(e.eventId());
    }
}
