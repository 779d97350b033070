package ge.mimartva.statistics.receiving;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One published event, received: recorded once, under the published event's own id, so that a message delivered again
 * is refused as already created and changes nothing.
 */
@Aggregate
public class ReceivedEvent {

    @AggregateIdentifier
    private String eventId;

    public record RecordPublishedEvent(@TargetAggregateIdentifier String eventId, String source, String type,
                                       int version, Instant occurredAt, String payload) {
    }

    protected ReceivedEvent() {
    }

    @CommandHandler
    public ReceivedEvent(RecordPublishedEvent c) {
        apply(new PublishedEventReceived(c.eventId(), c.source(), c.type(), c.version(), c.occurredAt(), c.payload()));
    }

    @EventSourcingHandler
    void on(PublishedEventReceived e) {
        this.eventId = e.eventId();
    }
}
