package ge.mimartva.platform.privacy;

import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.projection.ProjectionReplay;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;

import java.time.Clock;

/**
 * Crypto-shredding of one data subject in this service: their keys are erased, the erasure is recorded as an event
 * (with the digest of the history before it), and every read model is rebuilt from the events, in which the subject's
 * personal data now reads as erased. Nothing stored is rewritten.
 */
public class PersonalDataErasure {

    private final SubjectKeyVault vault;
    private final EventHistory history;
    private final EventGateway events;
    private final ProjectionReplay projections;
    private final Clock clock;

    public PersonalDataErasure(SubjectKeyVault vault, EventHistory history, EventGateway events,
                               ProjectionReplay projections, Clock clock) {
        this.vault = vault;
        this.history = history;
        this.events = events;
        this.projections = projections;
        this.clock = clock;
    }

    public PersonalDataErased erase(String subjectId, ErasureReason reason, MessageContext context) {
        long upTo = history.head();
        EventHistory.Digest before = history.digest(upTo);
        PersonalDataErased erased = new PersonalDataErased(subjectId, vault.erase(subjectId), reason.name(), upTo,
                before.sha256(), clock.instant());
        events.publish(GenericEventMessage.asEventMessage(erased).andMetaData(context.asMap()));
        projections.replayAll();
        return erased;
    }
}
