package ge.mimartva.platform.audit;

import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.web.InvalidRequestException;
import ge.mimartva.platform.web.ProblemDetailsAdvice;
import ge.mimartva.security.Actor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Records every read of a child's record as a {@link RecordRead} event. The event is stored before the record is
 * answered: if it cannot be stored, the read fails; nobody reads unrecorded.
 */
public class ReadAudit {

    private final EventGateway events;
    private final Clock clock;

    public ReadAudit(EventGateway events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that {@code actor} read {@code record} {@code recordId}, in the chain of {@code correlationId}, for the
     * purpose the caller gave in {@link ReadPurpose#HEADER} (or the usual one of their role).
     */
    public void recordRead(String record, String recordId, String correlationId, Actor actor, String statedPurpose) {
        RecordRead read = new RecordRead(record, recordId, actor.id(), actor.username(), actor.primaryRole(), actor.body(),
                purpose(statedPurpose, actor), clock.instant());
        events.publish(GenericEventMessage.asEventMessage(read)
                .andMetaData(MessageContext.of(actor, correlationId, null).asMap()));
    }

    private static ReadPurpose purpose(String stated, Actor actor) {
        if (stated == null || stated.isBlank()) {
            return ReadPurpose.usualFor(actor);
        }
        try {
            return ReadPurpose.valueOf(stated.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new ProblemDetailsAdvice.FieldProblem(ReadPurpose.HEADER,
                    "must be one of " + Arrays.toString(ReadPurpose.values()))));
        }
    }
}
