package ge.mimartva.referral.query;

import ge.mimartva.referral.api.PreservationRequests.Clock;
import ge.mimartva.referral.api.PreservationRequests.Origin;
import ge.mimartva.referral.api.PreservationRequests.Status;
import ge.mimartva.referral.api.PreservationRequests.Step;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Read model of one preservation request (collection {@code preservation-requests}). {@code nextDueAt}: the earliest
 * due time of its running clocks (past when one was missed), absent once closed; the division's queue is ordered by
 * it. {@code version}: the sequence number of the last event applied.
 */
@Document(PreservationRequestDocument.COLLECTION)
public record PreservationRequestDocument(@Id String requestId, String referralId, Origin origin,
                                          String requestingAuthority, String requesterReference,
                                          boolean receiptConfirmationRequested, String offence,
                                          String serviceProvider, List<String> dataToPreserve, Status status,
                                          Instant recordedAt, String recordedBy, String consultationQuestion,
                                          String consultationAnswer, String decisionReasons, LocalDate preservedUntil,
                                          String providerReference, String unavailableReason, String requesterNote,
                                          Map<Step, Clock> clocks, Instant nextDueAt, boolean open, long version) {

    public static final String COLLECTION = "preservation-requests";

    /** A copy with what an event changed, its clocks' next due time recomputed. */
    PreservationRequestDocument with(Status status, String consultationQuestion, String consultationAnswer,
                                     String decisionReasons, LocalDate preservedUntil, String providerReference,
                                     String unavailableReason, String requesterNote, Map<Step, Clock> clocks,
                                     long version) {
        Instant next = status.closed() ? null : clocks.values().stream().filter(c -> c.endedAt() == null)
                .map(Clock::dueAt).min(Instant::compareTo).orElse(null);
        return new PreservationRequestDocument(requestId, referralId, origin, requestingAuthority, requesterReference,
                receiptConfirmationRequested, offence, serviceProvider, dataToPreserve, status, recordedAt, recordedBy,
                consultationQuestion, consultationAnswer, decisionReasons, preservedUntil, providerReference,
                unavailableReason, requesterNote, clocks, next, !status.closed(), version);
    }

    PreservationRequestDocument withStatus(Status status, long version) {
        return with(status, consultationQuestion, consultationAnswer, decisionReasons, preservedUntil,
                providerReference, unavailableReason, requesterNote, clocks, version);
    }

    PreservationRequestDocument withClock(Step step, Clock clock, long version) {
        Map<Step, Clock> changed = new EnumMap<>(Step.class);
        changed.putAll(clocks);
        changed.put(step, clock);
        return with(status, consultationQuestion, consultationAnswer, decisionReasons, preservedUntil,
                providerReference, unavailableReason, requesterNote, changed, version);
    }
}
