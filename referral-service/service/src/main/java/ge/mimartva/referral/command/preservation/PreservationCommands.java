package ge.mimartva.referral.command.preservation;

import ge.mimartva.referral.api.PreservationRequests.Origin;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The steps of a preservation request, each by an actor ({@code actor}: the person's id) at a time ({@code at}). */
public final class PreservationCommands {

    private PreservationCommands() {
    }

    /**
     * The request arrives and is recorded. {@code correlationId}: the referral it concerns, else the request itself
     * (its own chain).
     */
    public record RecordPreservationRequest(@TargetAggregateIdentifier String requestId, String referralId,
                                            Origin origin, String requestingAuthority, String requesterReference,
                                            boolean receiptConfirmationRequested, String offence,
                                            String serviceProvider, List<String> dataToPreserve, String actor,
                                            Instant at) {
    }

    public record ConsultCentralAuthority(@TargetAggregateIdentifier String requestId, String centralAuthority,
                                          String question, String actor, Instant at) {
    }

    public record RecordCentralAuthorityAnswer(@TargetAggregateIdentifier String requestId, String answer, String actor,
                                               Instant at) {
    }

    public record DecideDualCriminality(@TargetAggregateIdentifier String requestId, boolean approved, String reasons,
                                        String actor, Instant at) {
    }

    public record AskProviderToPreserve(@TargetAggregateIdentifier String requestId, String actor, Instant at) {
    }

    public record RecordProviderAnswer(@TargetAggregateIdentifier String requestId, boolean preserved,
                                       LocalDate preservedUntil, String reason, String providerReference, String actor,
                                       Instant at) {
    }

    public record TellRequesterOfPreservation(@TargetAggregateIdentifier String requestId, String note, String actor,
                                              Instant at) {
    }

    public record OfferUrgentMla(@TargetAggregateIdentifier String requestId, String note, String actor, Instant at) {
    }
}
