package ge.mimartva.platform.audit;

import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.web.InvalidRequestException;
import ge.mimartva.platform.web.ProblemDetailsAdvice;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.security.Actor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Records every read of a child's record as a {@link RecordRead} event, and every refused one as a
 * {@link RecordReadRefused}. A read is stored before the record is answered: if it cannot be stored, the read fails;
 * nobody reads unrecorded. The purpose a reader states must be one their role may claim.
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

    /**
     * Reads {@code record} {@code recordId} for {@code actor} with {@code read}; when the record exists and is refused
     * (answered as missing), records the refusal before the 404 goes out.
     */
    public <T> T readOrRecordRefusal(String record, String recordId, Actor actor, Supplier<T> read) {
        try {
            return read.get();
        } catch (RecordNotFoundException notVisible) {
            if (notVisible.refused()) {
                recordRefusedRead(record, recordId, actor);
            }
            throw notVisible;
        }
    }

    /** Records that {@code actor} asked for {@code record} {@code recordId} and was refused. */
    public void recordRefusedRead(String record, String recordId, Actor actor) {
        RecordReadRefused refused = new RecordReadRefused(record, recordId, actor.id(), actor.username(),
                actor.primaryRole(), actor.body(), clock.instant());
        events.publish(GenericEventMessage.asEventMessage(refused)
                .andMetaData(MessageContext.of(actor, recordId, null).asMap()));
    }

    private static ReadPurpose purpose(String stated, Actor actor) {
        if (stated == null || stated.isBlank()) {
            return ReadPurpose.usualFor(actor);
        }
        Set<ReadPurpose> claimable = ReadPurpose.claimableBy(actor);
        ReadPurpose purpose;
        try {
            purpose = ReadPurpose.valueOf(stated.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            purpose = null;
        }
        if (purpose == null || !claimable.contains(purpose)) {
            throw new InvalidRequestException(List.of(new ProblemDetailsAdvice.FieldProblem(ReadPurpose.HEADER,
                    "must be a purpose your role may claim: one of " + claimable)));
        }
        return purpose;
    }
}
