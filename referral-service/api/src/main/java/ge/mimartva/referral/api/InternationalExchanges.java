package ge.mimartva.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The Cyber Crime Division's record of what it sent abroad ({@code /api/international-exchanges}): a request to
 * another country's 24/7 contact point, a contribution or request through INTERPOL (whether the material went to the
 * International Child Sexual Exploitation database, ICSE, and if not why), or through Europol (Georgia's operational
 * partnership since 2017). Never the material itself: at most its SHA-256 hash, to match it in those databases
 * (Lanzarote answers, Q13.2(b); the study of seed 002 on INTERPOL and Europol).
 */
public final class InternationalExchanges {

    private static final String REQUIRED = "is required";
    public static final int TEXT_LIMIT = 2000;

    private InternationalExchanges() {
    }

    /** Through whom it went (each the kind of partner of the cooperation partners' directory it goes to). */
    public enum Channel { CONTACT_POINT, INTERPOL, EUROPOL }

    /** Whether the material was contributed to INTERPOL's ICSE database. */
    public enum IcseContribution { CONTRIBUTED, NOT_CONTRIBUTED }

    /**
     * {@code POST /api/international-exchanges}.
     *
     * @param counterpart      the partner it went to (a contact point for {@code CONTACT_POINT}; INTERPOL's National
     *                         Central Bureau; Europol), from the cooperation partners' directory
     * @param referralId       the referral it concerns, when it concerns one (the record joins its chain)
     * @param requestId        the preservation request it follows, when it follows one
     * @param sent             what was sent, described: never the images, videos or texts themselves
     * @param materialHash     the SHA-256 of the material, as 64 hexadecimal digits, when the exchange is about one
     * @param icseContribution for INTERPOL: contributed to ICSE or not; with {@code icseReason} when not
     */
    public record NewInternationalExchange(
            @NotNull(message = REQUIRED) Channel channel,
            @NotBlank(message = REQUIRED) @Size(max = 100, message = "must be at most 100 characters") String counterpart,
            @Pattern(regexp = "[0-9a-fA-F-]{36}", message = "must be a referral id") String referralId,
            @Pattern(regexp = "[0-9a-fA-F-]{36}", message = "must be a preservation request id") String requestId,
            @NotBlank(message = REQUIRED) @Size(max = TEXT_LIMIT, message = "must be at most " + TEXT_LIMIT + " characters") String sent,
            @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be the SHA-256 of the material (64 hexadecimal digits), never the material") String materialHash,
            IcseContribution icseContribution,
            @Size(max = TEXT_LIMIT, message = "must be at most " + TEXT_LIMIT + " characters") String icseReason) {
    }

    /**
     * {@code GET /api/international-exchanges/{id}}, audited; in the list ({@code GET /api/international-exchanges},
     * newest first) without {@code sent} and {@code icseReason}.
     */
    public record InternationalExchangeView(String exchangeId, Channel channel, String counterpart, String referralId,
                                            String requestId, String sent, String materialHash,
                                            IcseContribution icseContribution, String icseReason, String recordedBy,
                                            Instant recordedAt) {
    }
}
