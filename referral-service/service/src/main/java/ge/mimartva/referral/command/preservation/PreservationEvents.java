package ge.mimartva.referral.command.preservation;

import ge.mimartva.platform.privacy.DataSubjectId;
import ge.mimartva.platform.privacy.PersonalData;
import ge.mimartva.referral.api.PreservationRequests.Origin;
import ge.mimartva.referral.api.PreservationRequests.Step;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened to a preservation request, each with who did it and when. The data to preserve and the offence are
 * personal data (of the suspect, of the child), sealed with the request's own key ({@code requestId} is its subject).
 */
public final class PreservationEvents {

    private PreservationEvents() {
    }

    @Revision("1")
    public record PreservationRequestRecorded(@DataSubjectId String requestId, String referralId, Origin origin,
                                              String requestingAuthority, String requesterReference,
                                              boolean receiptConfirmationRequested, @PersonalData String offence,
                                              String serviceProvider, @PersonalData List<String> dataToPreserve,
                                              String recordedBy, Instant recordedAt) {
    }

    @Revision("1")
    public record PreservationClockStarted(String requestId, String referralId, Step step, String basis,
                                           Instant startedAt, Instant dueAt) {
    }

    /** The step ended: in time unless {@code late}. */
    @Revision("1")
    public record PreservationClockStopped(String requestId, String referralId, Step step, Instant at, boolean late) {
    }

    @Revision("1")
    public record PreservationClockMissed(String requestId, String referralId, Step step, Instant dueAt) {
    }

    @Revision("1")
    public record CentralAuthorityConsulted(String requestId, String referralId, String centralAuthority,
                                            String question, String consultedBy, Instant at) {
    }

    @Revision("1")
    public record CentralAuthorityAnswered(String requestId, String referralId, String answer, String recordedBy,
                                           Instant at) {
    }

    @Revision("1")
    public record DualCriminalityDecided(String requestId, String referralId, boolean approved, String reasons,
                                         String requestingAuthority, String decidedBy, Instant at) {
    }

    @Revision("1")
    public record ProviderAskedToPreserve(String requestId, String referralId, String serviceProvider, String askedBy,
                                          Instant at) {
    }

    @Revision("1")
    public record DataPreserved(String requestId, String referralId, String serviceProvider, LocalDate preservedUntil,
                                String providerReference, String recordedBy, Instant at) {
    }

    @Revision("1")
    public record PreservationUnavailable(String requestId, String referralId, String serviceProvider, String reason,
                                          String providerReference, String recordedBy, Instant at) {
    }

    @Revision("1")
    public record RequesterToldOfPreservation(String requestId, String referralId, String requestingAuthority,
                                              String note, String toldBy, Instant at) {
    }

    @Revision("1")
    public record UrgentMlaOffered(String requestId, String referralId, String requestingAuthority, String note,
                                   String offeredBy, Instant at) {
    }
}
