package ge.mimartva.victimstatus.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Request bodies of {@code /api/protective-measures/**} and {@code /api/penitentiary-notices}. */
public final class ProtectiveMeasureRequests {

    public static final int TEXT_LIMIT = 4000;
    private static final String REQUIRED = "is required";

    private ProtectiveMeasureRequests() {
    }

    /** A person named on an order or notice (personal data: it stays in victim-status-service). */
    public record Person(@NotBlank(message = REQUIRED) @Size(max = 100) String firstName,
                         @NotBlank(message = REQUIRED) @Size(max = 100) String lastName,
                         @Pattern(regexp = "\\d{11}", message = "must be the 11 digits of the Georgian personal number") String personalNumber,
                         @PastOrPresent(message = "must not be in the future") LocalDate dateOfBirth,
                         @Size(max = 64) String municipality) {
    }

    /**
     * {@code POST /api/protective-measures/restraining-orders}: a restraining order the caller's police district issues
     * (L 10) and what it involves ({@link ProhibitedMatter}). {@code investigatedArticles}: articles of the Criminal Code under investigation, as
     * written (e.g. "126", "144¹"); some make the weapon restriction compulsory.
     */
    public record IssueRestrainingOrder(String referralId,
                                        @NotBlank(message = REQUIRED) @Size(max = 200) String place,
                                        @NotBlank(message = REQUIRED) @Size(max = TEXT_LIMIT) String circumstances,
                                        @NotNull(message = REQUIRED) @Valid Person victim,
                                        @NotNull(message = REQUIRED) @Valid Person abuser,
                                        @NotEmpty(message = "must name at least one prohibited matter") Set<@NotNull ProhibitedMatter> matters,
                                        @NotNull(message = REQUIRED) LocalDate validUntil,
                                        @Size(max = 20, message = "must name at most 20 articles")
                                        List<@NotBlank @Size(max = 20) String> investigatedArticles,
                                        @NotNull(message = REQUIRED) Boolean victimIsMinor,
                                        @NotNull(message = REQUIRED) Boolean minorsConcerned,
                                        @NotNull(message = REQUIRED) Boolean victimSigned,
                                        @Size(max = 500) String victimNotSignedBecause,
                                        @NotNull(message = REQUIRED) Boolean abuserSigned,
                                        @Size(max = 500) String abuserNotSignedBecause,
                                        @Size(max = 500) String surveillanceConsent) {
    }

    /** {@code POST .../{id}/appeals}. */
    public record Appeal(@NotNull(message = REQUIRED) AppealingParty by,
                         @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant lodgedAt) {
    }

    /** {@code POST .../{id}/violations}, {@code .../criminal-elements}, {@code .../surveillance-approval}. */
    public record Occurrence(@NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant at) {
    }

    /**
     * {@code POST /api/penitentiary-notices}: {@code victimMunicipality} routes it to the MIA district of the victim's residence.
     */
    public record PenitentiaryNotice(String referralId,
                                     @NotNull(message = REQUIRED) PerpetratorMovement movement,
                                     @NotNull(message = REQUIRED) Instant effectiveAt,
                                     @NotNull(message = REQUIRED) @Valid Person perpetrator,
                                     @NotBlank(message = REQUIRED) @Size(max = 64) String victimMunicipality) {
    }

    /** {@code POST /api/protective-measures/protective-orders}: a protective order the caller's court issued. */
    public record IssueProtectiveOrder(String referralId,
                                       @NotNull(message = REQUIRED) @Valid Person victim,
                                       @NotNull(message = REQUIRED) @Valid Person abuser,
                                       @NotNull(message = REQUIRED) LocalDate validUntil,
                                       @NotNull(message = REQUIRED) Boolean behaviourCorrectionCourse,
                                       @NotNull(message = REQUIRED) Boolean minorsConcerned) {
    }

    /** {@code POST .../protective-orders/{id}/extension}. */
    public record Extension(@NotNull(message = REQUIRED) LocalDate extendedUntil,
                            @NotNull(message = REQUIRED) Boolean riskRemains) {
    }

    /** {@code POST /api/victim-status/requests}: an application for victim status, by or on behalf of the victim. */
    public record VictimStatusRequest(String referralId,
                                      @NotNull(message = REQUIRED) Boolean onBehalfOfChild,
                                      @NotNull(message = REQUIRED) VictimStatusGround ground,
                                      @NotNull(message = REQUIRED) @Valid Person applicant) {
    }

    /**
     * {@code POST /api/victim-status/{id}/grant}: {@code validUntil} for an MIA service or a court; the group's status
     * lasts 18 months or, given {@code shelterUntil}, the shelter period. {@code prosecutionPending}: the group's
     * declaration that no prosecution about this violence is pending.
     */
    public record Grant(@NotBlank(message = REQUIRED) @Size(max = 100) String decisionDocument,
                        @NotNull(message = REQUIRED) LocalDate validFrom,
                        LocalDate validUntil, LocalDate shelterUntil,
                        @NotNull(message = REQUIRED) Boolean prosecutionPending) {
    }

    /** {@code POST /api/victim-status/{id}/refuse} and {@code .../revoke}. */
    public record Decision(@Size(max = 100) String decisionDocument,
                           @NotBlank(message = REQUIRED) @Size(max = 500) String reason) {
    }

    /** {@code POST /api/victim-status/protection-lookups}: the personal number travels in the body, never in a URL. */
    public record ProtectionLookupRequest(@NotBlank(message = REQUIRED)
                                          @Pattern(regexp = "\\d{11}", message = "must be the 11 digits of the Georgian personal number")
                                          String personalNumber) {
    }
}
