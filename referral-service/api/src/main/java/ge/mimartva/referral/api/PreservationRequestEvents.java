package ge.mimartva.referral.api;

import ge.mimartva.referral.api.PreservationRequests.Origin;
import ge.mimartva.referral.api.PreservationRequests.Step;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Integration events of the 24/7 contact point's preservation requests, published by referral-service with routing
 * key {@code referral.<TYPE>.v1}. They carry who must be told, never the data to preserve, the offence or any text:
 * the division's staff read those in the request. {@code referralId} is absent when the request concerns no referral.
 * <p>
 * Matrix rows served: PR1 (receipt confirmed to the requester), PR2 (the central authority consulted), PR3 (the
 * service provider asked), PR4 (the requester told of preservation), PR5 (urgent MLA offered), PR6 (dual criminality
 * refused, the requester told), PR7 (a missed clock, to the division).
 */
public final class PreservationRequestEvents {

    private PreservationRequestEvents() {
    }

    public record PreservationRequestRecordedV1(String requestId, String referralId, Origin origin,
                                                String requestingAuthority, String serviceProvider,
                                                boolean receiptConfirmationRequested, Instant at) {
        public static final String TYPE = "PreservationRequestRecorded";
        public static final int VERSION = 1;
    }

    public record CentralAuthorityConsultedV1(String requestId, String referralId, String centralAuthority, Instant at) {
        public static final String TYPE = "CentralAuthorityConsulted";
        public static final int VERSION = 1;
    }

    public record DualCriminalityDecidedV1(String requestId, String referralId, boolean approved,
                                           String requestingAuthority, Instant at) {
        public static final String TYPE = "DualCriminalityDecided";
        public static final int VERSION = 1;
    }

    public record ProviderAskedToPreserveV1(String requestId, String referralId, String serviceProvider, Instant at) {
        public static final String TYPE = "ProviderAskedToPreserve";
        public static final int VERSION = 1;
    }

    /** The provider answered: preserved until a day, or not available. */
    public record ProviderAnsweredV1(String requestId, String referralId, String serviceProvider, boolean preserved,
                                     LocalDate preservedUntil, Instant at) {
        public static final String TYPE = "ProviderAnswered";
        public static final int VERSION = 1;
    }

    public record RequesterToldOfPreservationV1(String requestId, String referralId, String requestingAuthority,
                                                Instant at) {
        public static final String TYPE = "RequesterToldOfPreservation";
        public static final int VERSION = 1;
    }

    public record UrgentMlaOfferedV1(String requestId, String referralId, String requestingAuthority, Instant at) {
        public static final String TYPE = "UrgentMlaOffered";
        public static final int VERSION = 1;
    }

    public record PreservationClockMissedV1(String requestId, String referralId, Step step, Instant dueAt) {
        public static final String TYPE = "PreservationClockMissed";
        public static final int VERSION = 1;
    }
}
