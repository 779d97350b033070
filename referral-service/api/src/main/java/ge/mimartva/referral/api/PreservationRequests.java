package ge.mimartva.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The 24/7 contact point's preservation requests (Lanzarote answers, Q14; Budapest Convention, Art. 29 and 35), as
 * {@code /api/preservation-requests} takes and shows them. The flow: the request is recorded, its receipt confirmed by
 * e-mail when the sender asked; dual criminality is reviewed, the central authority for judicial cooperation possibly
 * consulted; if approved, the service provider is asked to preserve the data; when it confirms, the requesting
 * authority is told; when preservation is not available, it is offered urgent mutual legal assistance. Every request
 * is urgent: each step runs on a clock.
 */
public final class PreservationRequests {

    private static final String REQUIRED = "is required";
    public static final int TEXT_LIMIT = 2000;
    public static final int IDENTIFIERS_LIMIT = 20;

    private PreservationRequests() {
    }

    /** Who sent the request: another country's 24/7 contact point, or a Georgian investigator. */
    public enum Origin { FOREIGN_CONTACT_POINT, GEORGIAN_INVESTIGATOR }

    /** Where a request stands. */
    public enum Status {
        RECEIVED, CONSULTING_CENTRAL_AUTHORITY, APPROVED, REFUSED, PROVIDER_ASKED, PRESERVED, PRESERVATION_UNAVAILABLE,
        REQUESTER_TOLD, URGENT_MLA_OFFERED;

        public boolean closed() {
            return this == REFUSED || this == REQUESTER_TOLD || this == URGENT_MLA_OFFERED;
        }
    }

    /** The steps that run on a clock, each from the step that starts it to the step that ends it. */
    public enum Step {
        /** From recording to the dual-criminality decision. */
        REVIEW,
        /** From consulting the central authority to its answer. */
        CENTRAL_AUTHORITY_ANSWER,
        /** From the approval to asking the service provider. */
        PROVIDER_REQUEST,
        /** From asking the service provider to its answer. */
        PROVIDER_ANSWER,
        /** From the provider's answer to telling the requester (preserved) or offering urgent MLA (not available). */
        REQUESTER_ANSWER
    }

    /**
     * {@code POST /api/preservation-requests}.
     *
     * @param requestingAuthority a foreign contact point of the cooperation partners' directory
     *                            ({@code cooperation-partners.csv}), or, from a Georgian investigator, the caller's own
     *                            body (absent: the caller's)
     * @param requesterReference  the requester's own number for the request
     * @param referralId          the referral the request concerns, when it concerns one: its steps then join that
     *                            referral's chain
     * @param offence             the offence under investigation, as the requester describes it
     * @param serviceProvider     the service provider holding the data (a partner of kind SERVICE_PROVIDER)
     * @param dataToPreserve      what to preserve: accounts, addresses, message ids, periods (at most
     *                            {@value #IDENTIFIERS_LIMIT}, one line each); never the content itself. Personal data:
     *                            sealed, shown only to the readers of the request
     */
    public record NewPreservationRequest(
            @NotNull(message = REQUIRED) Origin origin,
            @Size(max = 100, message = "must be at most 100 characters") String requestingAuthority,
            @Size(max = 100, message = "must be at most 100 characters") String requesterReference,
            @NotNull(message = REQUIRED) Boolean receiptConfirmationRequested,
            @Pattern(regexp = "[0-9a-fA-F-]{36}", message = "must be a referral id") String referralId,
            @NotBlank(message = REQUIRED) @Size(max = TEXT_LIMIT, message = "must be at most " + TEXT_LIMIT + " characters") String offence,
            @NotBlank(message = REQUIRED) @Size(max = 100, message = "must be at most 100 characters") String serviceProvider,
            @NotEmpty(message = "must name at least one item of data")
            @Size(max = IDENTIFIERS_LIMIT, message = "must be at most " + IDENTIFIERS_LIMIT + " items")
            List<@NotBlank(message = "must not be blank")
                 @Size(max = OnlineElement.REFERENCE_LIMIT, message = "must be at most " + OnlineElement.REFERENCE_LIMIT + " characters")
                 @Pattern(regexp = OnlineElement.REFERENCE_PATTERN, message = OnlineElement.REFERENCE_MESSAGE) String> dataToPreserve) {
    }

    /** A question to the central authority for judicial cooperation, on dual criminality. */
    public record Consultation(@NotBlank(message = REQUIRED) @Size(max = TEXT_LIMIT, message = "must be at most " + TEXT_LIMIT + " characters") String question) {
    }

    /** The central authority's answer, as the division records it. */
    public record ConsultationAnswer(@NotBlank(message = REQUIRED) @Size(max = TEXT_LIMIT, message = "must be at most " + TEXT_LIMIT + " characters") String answer) {
    }

    /** The initial review: is the conduct an offence in Georgia too? */
    public record DualCriminalityDecision(@NotNull(message = REQUIRED) Boolean approved,
                                          @NotBlank(message = REQUIRED) @Size(max = TEXT_LIMIT, message = "must be at most " + TEXT_LIMIT + " characters") String reasons) {
    }

    /**
     * The provider's answer: preserved until a day, or not available and why.
     *
     * @param providerReference the provider's own number for its answer
     */
    public record ProviderAnswer(@NotNull(message = REQUIRED) Boolean preserved, LocalDate preservedUntil,
                                 @Size(max = TEXT_LIMIT, message = "must be at most " + TEXT_LIMIT + " characters") String reason,
                                 @Size(max = 100, message = "must be at most 100 characters") String providerReference) {
    }

    /** A note to the requester (what was preserved, or how to make the urgent MLA request). */
    public record RequesterMessage(@NotBlank(message = REQUIRED) @Size(max = TEXT_LIMIT, message = "must be at most " + TEXT_LIMIT + " characters") String note) {
    }

    /** A step's clock: when it started, when it is due, and whether it ended (in time or late) or was missed. */
    public record Clock(Instant startedAt, Instant dueAt, Instant endedAt, boolean missed) {
    }

    /**
     * {@code GET /api/preservation-requests/{id}}: a request as its readers see it ({@code dataToPreserve},
     * {@code offence} and the texts are absent from lists).
     */
    public record PreservationRequestView(String requestId, String referralId, Origin origin, String requestingAuthority,
                                          String requesterReference, boolean receiptConfirmationRequested,
                                          String offence, String serviceProvider, List<String> dataToPreserve,
                                          Status status, Instant recordedAt, String recordedBy,
                                          String consultationQuestion, String consultationAnswer,
                                          String decisionReasons, LocalDate preservedUntil, String providerReference,
                                          String unavailableReason, String requesterNote, Map<Step, Clock> clocks,
                                          Instant nextDueAt) {
    }
}
