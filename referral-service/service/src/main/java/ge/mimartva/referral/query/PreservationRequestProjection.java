package ge.mimartva.referral.query;

import ge.mimartva.platform.projection.ReadModelWrites;
import ge.mimartva.referral.api.PreservationRequests.Clock;
import ge.mimartva.referral.api.PreservationRequests.Status;
import ge.mimartva.referral.command.preservation.PreservationEvents.CentralAuthorityAnswered;
import ge.mimartva.referral.command.preservation.PreservationEvents.CentralAuthorityConsulted;
import ge.mimartva.referral.command.preservation.PreservationEvents.DataPreserved;
import ge.mimartva.referral.command.preservation.PreservationEvents.DualCriminalityDecided;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationClockMissed;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationClockStarted;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationClockStopped;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationRequestRecorded;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationUnavailable;
import ge.mimartva.referral.command.preservation.PreservationEvents.ProviderAskedToPreserve;
import ge.mimartva.referral.command.preservation.PreservationEvents.RequesterToldOfPreservation;
import ge.mimartva.referral.command.preservation.PreservationEvents.UrgentMlaOffered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@code preservation-requests} read model. Each event applies once: a document that has seen it (its
 * version at or past the event's sequence number) is left as it is, so a redelivery or a replay changes nothing twice.
 */
@Component
@ProcessingGroup(PreservationRequestProjection.NAME)
public class PreservationRequestProjection {

    public static final String NAME = "preservation-request-projection";

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;

    public PreservationRequestProjection(MongoTemplate mongo, ReadModelWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @EventHandler
    void on(PreservationRequestRecorded e, @SequenceNumber long sequence) {
        writes.save(new PreservationRequestDocument(e.requestId(), e.referralId(), e.origin(), e.requestingAuthority(),
                e.requesterReference(), e.receiptConfirmationRequested(), e.offence(), e.serviceProvider(),
                e.dataToPreserve(), Status.RECEIVED, e.recordedAt(), e.recordedBy(), null, null, null, null, null, null,
                null, Map.of(), null, true, sequence), sequence);
    }

    @EventHandler
    void on(PreservationClockStarted e, @SequenceNumber long sequence) {
        update(e.requestId(), sequence, d -> d.withClock(e.step(), new Clock(e.startedAt(), e.dueAt(), null, false), sequence));
    }

    @EventHandler
    void on(PreservationClockStopped e, @SequenceNumber long sequence) {
        update(e.requestId(), sequence, d -> {
            Clock running = d.clocks().get(e.step());
            return d.withClock(e.step(), new Clock(running.startedAt(), running.dueAt(), e.at(), e.late()), sequence);
        });
    }

    @EventHandler
    void on(PreservationClockMissed e, @SequenceNumber long sequence) {
        update(e.requestId(), sequence, d -> {
            Clock running = d.clocks().get(e.step());
            return d.withClock(e.step(), new Clock(running.startedAt(), running.dueAt(), null, true), sequence);
        });
    }

    @EventHandler
    void on(CentralAuthorityConsulted e, @SequenceNumber long sequence) {
        update(e.requestId(), sequence, d -> d.with(Status.CONSULTING_CENTRAL_AUTHORITY, e.question(), null, null, null,
                null, null, null, d.clocks(), sequence));
    }

    @EventHandler
    void on(CentralAuthorityAnswered e, @SequenceNumber long sequence) {
        update(e.requestId(), sequence, d -> d.with(d.status(), d.consultationQuestion(), e.answer(), null, null, null,
                null, null, d.clocks(), sequence));
    }

    @EventHandler
    void on(DualCriminalityDecided e, @SequenceNumber long sequence) {
        update(e.requestId(), sequence, d -> d.with(e.approved() ? Status.APPROVED : Status.REFUSED,
                d.consultationQuestion(), d.consultationAnswer(), e.reasons(), null, null, null, null, d.clocks(), sequence));
    }

    @EventHandler
    void on(ProviderAskedToPreserve e, @SequenceNumber long sequence) {
        update(e.requestId(), sequence, d -> d.withStatus(Status.PROVIDER_ASKED, sequence));
    }

    @EventHandler
    void on(DataPreserved e, @SequenceNumber long sequence) {
        update(e.requestId(), sequence, d -> d.with(Status.PRESERVED, d.consultationQuestion(), d.consultationAnswer(),
                d.decisionReasons(), e.preservedUntil(), e.providerReference(), null, null, d.clocks(), sequence));
    }

    @EventHandler
    void on(PreservationUnavailable e, @SequenceNumber long sequence) {
        update(e.requestId(), sequence, d -> d.with(Status.PRESERVATION_UNAVAILABLE, d.consultationQuestion(),
                d.consultationAnswer(), d.decisionReasons(), null, e.providerReference(), e.reason(), null, d.clocks(),
                sequence));
    }

    @EventHandler
    void on(RequesterToldOfPreservation e, @SequenceNumber long sequence) {
        update(e.requestId(), sequence, d -> d.with(Status.REQUESTER_TOLD, d.consultationQuestion(),
                d.consultationAnswer(), d.decisionReasons(), d.preservedUntil(), d.providerReference(), null, e.note(),
                d.clocks(), sequence));
    }

    @EventHandler
    void on(UrgentMlaOffered e, @SequenceNumber long sequence) {
        update(e.requestId(), sequence, d -> d.with(Status.URGENT_MLA_OFFERED, d.consultationQuestion(),
                d.consultationAnswer(), d.decisionReasons(), null, d.providerReference(), d.unavailableReason(),
                e.note(), d.clocks(), sequence));
    }

    private void update(String requestId, long sequence, UnaryOperator<PreservationRequestDocument> change) {
        PreservationRequestDocument document = writes.findById(requestId, PreservationRequestDocument.class);
        if (document != null && document.version() < sequence) {
            writes.save(change.apply(document), sequence);
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(PreservationRequestDocument.class);
    }
}
