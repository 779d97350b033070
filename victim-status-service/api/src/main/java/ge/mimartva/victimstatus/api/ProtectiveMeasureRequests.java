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

    /**
     * A person named on an order or notice (personal data: it stays in victim-status-service). A restraining order
     * states the abuser's name, surname, date and place of birth, personal number, profession and residence, and the
     * victim's name, surname, date of birth and personal number (L 10(3¹)(c), (c¹)); what is not known is explained in
     * {@code unknownDetailsBecause}.
     */
    public record Person(@NotBlank(message = REQUIRED) @Size(max = 100) String firstName,
                         @NotBlank(message = REQUIRED) @Size(max = 100) String lastName,
                         @Pattern(regexp = "\\d{11}", message = "must be the 11 digits of the Georgian personal number") String personalNumber,
                         @PastOrPresent(message = "must not be in the future") LocalDate dateOfBirth,
                         @Size(max = 64) String municipality,
                         @Size(max = 100) String placeOfBirth,
                         @Size(max = 100) String profession,
                         @Size(max = 500) String unknownDetailsBecause) {

        public Person(String firstName, String lastName, String personalNumber, LocalDate dateOfBirth, String municipality) {
            this(firstName, lastName, personalNumber, dateOfBirth, municipality, null, null, null);
        }
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

    /**
     * {@code POST .../{id}/violations}, {@code .../criminal-elements}, {@code .../surveillance-approval},
     * {@code .../surveillance-refusal}, {@code .../conciliation-requests}.
     */
    public record Occurrence(@NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant at) {
    }

    /** {@code POST .../restraining-orders/{id}/service}: the order was served on a party (L 10(3⁶), (3⁸)). */
    public record Service(@NotNull(message = REQUIRED) AppealingParty party,
                          @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant servedAt,
                          @NotNull(message = REQUIRED) ServiceMethod method) {
    }

    /** {@code POST .../restraining-orders/{id}/surveillance}: surveillance imposed while the order is in force (L 10¹(3)). */
    public record SurveillanceImposition(@NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant at,
                                         @NotBlank(message = REQUIRED) @Size(max = 500) String consent) {
    }

    /** {@code POST .../restraining-orders/{id}/surveillance-submission}: the protocol submitted to a court (L 10¹(4)). */
    public record ProtocolSubmission(@NotBlank(message = REQUIRED) @Size(max = 64) String court,
                                     @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant at) {
    }

    /** {@code POST .../restraining-orders/{id}/cancellation}: the authorised body cancelled the order (L 10¹(27)). */
    public record Cancellation(@NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant at,
                               @NotBlank(message = REQUIRED) @Size(max = TEXT_LIMIT) String grounds) {
    }

    /** {@code POST .../restraining-orders/{id}/party-deaths}: a party died; surveillance ends (L 10¹(27)). */
    public record PartyDeath(@NotNull(message = REQUIRED) AppealingParty party,
                             @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant at) {
    }

    /**
     * {@code POST .../{id}/conciliation-decision}: the decision on the parties' joint request to end the order, after
     * a comprehensive study of the case (L 12(3)); {@code threatOfViolence}: whether the study found a threat of
     * violence against the victim or a family member.
     */
    public record ConciliationDecision(@NotNull(message = REQUIRED) Boolean terminate,
                                       @NotNull(message = REQUIRED) Boolean threatOfViolence,
                                       @NotBlank(message = REQUIRED) @Size(max = TEXT_LIMIT) String reasons,
                                       @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant at) {
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

    /**
     * {@code POST /api/penitentiary-notices/{id}/victim-interview}: the protocol of the victim's interview
     * ({@code protocolReference}: its document) and whether it found a risk of recurrence (L 17¹(5), 11(2)).
     */
    public record VictimInterview(@NotBlank(message = REQUIRED) @Size(max = 100) String protocolReference,
                                  @NotNull(message = REQUIRED) Boolean riskOfRecurrence,
                                  @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant at) {
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

    /**
     * {@code POST /api/protective-measures/order-requests}: a request for an order or for surveillance (L 11(1),
     * 10¹(5)), addressed to the police district of the victim's municipality or to {@code court}.
     */
    public record OrderRequest(String referralId,
                               @NotNull(message = REQUIRED) RequestedMeasure measure,
                               @NotNull(message = REQUIRED) Requester requester,
                               @NotNull(message = REQUIRED) Boolean victimConsented,
                               @NotNull(message = REQUIRED) Boolean victimIsMinor,
                               @NotBlank(message = REQUIRED) @Size(max = 64) String victimMunicipality,
                               @Size(max = 64) String court) {
    }

    /**
     * {@code POST .../order-requests/{id}/answer}: issued (naming the order) or refused with reasons;
     * {@code investigatedArticles}: the articles of an investigation initiated or pending, which make a restraining
     * order binding (L 10(1¹)).
     */
    public record OrderRequestAnswer(@NotNull(message = REQUIRED) Boolean issued,
                                     String orderId,
                                     @Size(max = TEXT_LIMIT) String reasons,
                                     @Size(max = 20, message = "must name at most 20 articles")
                                     List<@NotBlank @Size(max = 20) String> investigatedArticles) {
    }

    /** {@code POST .../restraining-orders/{id}/appeal-decision}: the court upheld the appeal (the order is cancelled) or dismissed it. */
    public record AppealDecision(@NotNull(message = REQUIRED) Boolean upheld,
                                 @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant at) {
    }

    /**
     * {@code POST /api/protective-measures/shelter-placements}: a victim placed in a shelter on their request (or in an
     * emergency with their consent), for up to three months (L 18).
     */
    public record ShelterPlacement(String referralId,
                                   @NotBlank(message = REQUIRED) @Size(max = 100) String shelter,
                                   @NotBlank(message = REQUIRED) @Size(max = 64) String victimMunicipality,
                                   @NotNull(message = REQUIRED) Boolean onTheVictimsRequest,
                                   @NotNull(message = REQUIRED) Boolean emergencyWithConsent,
                                   @NotNull(message = REQUIRED) LocalDate placedOn,
                                   @NotNull(message = REQUIRED) LocalDate until) {
    }

    /** {@code POST .../shelter-placements/{id}/extension}: under the shelter's charter, with the victim willing. */
    public record ShelterExtension(@NotNull(message = REQUIRED) LocalDate until,
                                   @NotBlank(message = REQUIRED) @Size(max = 500) String charterDecision,
                                   @NotNull(message = REQUIRED) Boolean victimWilling) {
    }

    /** {@code POST .../shelter-placements/{id}/end}: the placement ended; {@code victimSafe}: the victim's safety is secure. */
    public record ShelterEnd(@NotNull(message = REQUIRED) LocalDate endedOn,
                             @NotNull(message = REQUIRED) Boolean victimSafe) {
    }

    /** {@code POST /api/victim-status/requests}: an application for victim status, by or on behalf of the victim. */
    public record VictimStatusRequest(String referralId,
                                      @NotNull(message = REQUIRED) Boolean onBehalfOfChild,
                                      @NotNull(message = REQUIRED) VictimStatusGround ground,
                                      @NotNull(message = REQUIRED) @Valid Person applicant) {
    }

    /**
     * {@code POST /api/victim-status/{id}/grant}. An MIA service or a court states {@code validFrom} and
     * {@code validUntil}. The Victim Identification Group's status runs from the grant, for 18 months (L 16¹(1)):
     * {@code validFrom}, when given, must be the day of the grant; or, for a victim in a shelter, for the placement:
     * {@code shelterPlacedOn} to {@code shelterUntil}, at most three months (L 18(2)) unless the shelter extended it
     * under its charter ({@code shelterExtension}: its decision). Given {@code shelterPlacementId}, the placement recorded
     * on the platform gives those three instead (L 18). {@code prosecutionPending}: the group's declaration
     * whether a prosecution about this violence is pending.
     */
    public record Grant(@NotBlank(message = REQUIRED) @Size(max = 100) String decisionDocument,
                        LocalDate validFrom, LocalDate validUntil, LocalDate shelterPlacedOn, LocalDate shelterUntil,
                        @Size(max = 500) String shelterExtension, String shelterPlacementId,
                        @NotNull(message = REQUIRED) Boolean prosecutionPending) {
    }

    /** {@code POST /api/victim-status/{id}/refuse} and {@code .../revoke}. */
    public record Decision(@Size(max = 100) String decisionDocument,
                           @NotBlank(message = REQUIRED) @Size(max = 500) String reason) {
    }

    /**
     * {@code POST /api/victim-status/protection-lookups}: the personal number travels in the body, never in a URL;
     * {@code purpose}: why the asker needs to know, recorded with the lookup.
     */
    public record ProtectionLookupRequest(@NotBlank(message = REQUIRED)
                                          @Pattern(regexp = "\\d{11}", message = "must be the 11 digits of the Georgian personal number")
                                          String personalNumber,
                                          @NotNull(message = REQUIRED) LookupPurpose purpose) {
    }
}
