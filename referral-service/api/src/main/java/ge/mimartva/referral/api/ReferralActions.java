package ge.mimartva.referral.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Bodies of the lifecycle actions, {@code POST /api/referrals/{id}/<action>}. Each carries the {@code expectedVersion}
 * of the referral the user saw ({@code version} in {@code GET /api/referrals/{id}}): if the referral changed since,
 * the action is refused with 409 instead of overwriting what the user did not see.
 */
public final class ReferralActions {

    public static final int REASON_LIMIT = 500;
    private static final String REQUIRED = "is required";
    private static final String REASON_TOO_LONG = "must be at most " + REASON_LIMIT + " characters";

    private ReferralActions() {
    }

    /** Every action names the version it was taken on. */
    public interface Versioned {
        Long expectedVersion();
    }

    /** {@code triage}: register the referral with an urgency (or join it to the child's open case). */
    public record Triage(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                         @NotNull(message = REQUIRED) Urgency urgency) implements Versioned {
    }

    /**
     * {@code failure-to-refer} (L 14¹(2)): the institution {@code body} (its directory id, e.g. a school's), bound to
     * refer, had known of the abuse since {@code knownSince} and did not refer it; {@code account} says what it knew
     * and how that came to light. Its supervising body is told.
     */
    public record FailureToRefer(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                                 @NotBlank(message = REQUIRED) @Size(max = 100) String body,
                                 @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") LocalDate knownSince,
                                 @NotBlank(message = REQUIRED) @Size(max = REASON_LIMIT, message = REASON_TOO_LONG) String account)
            implements Versioned {
    }

    /** {@code redirect}: the referral is outside the agency's competence; it is closed and passed on. Supervisors only. */
    public record Redirect(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                           @NotBlank(message = REQUIRED) @Size(max = 100) String redirectedTo,
                           @NotBlank(message = REQUIRED) @Size(max = REASON_LIMIT, message = REASON_TOO_LONG) String reason)
            implements Versioned {
    }

    /** {@code assign}: a social worker of the owning unit takes the case (username of the worker). */
    public record Assign(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                         @NotBlank(message = REQUIRED) @Size(max = 100) String socialWorker) implements Versioned {
    }

    /** {@code first-contact}: the social worker saw (or spoke to) the child. */
    public record FirstContact(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                               @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant contactedAt)
            implements Versioned {
    }

    /** {@code assess}: the outcome of the initial assessment. */
    public record Assess(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                         @NotNull(message = REQUIRED) AssessmentOutcome outcome) implements Versioned {
    }

    /**
     * {@code decide}: a safety decision on a confirmed risk. Separation needs the reason less stringent measures fail
     * or cannot protect the child, the child's opinion heard as fits the child's age, and where the child is placed
     * ({@code placementProvider}, an id of the placement providers' directory) (L 14).
     */
    public record Decide(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                         @NotEmpty(message = "must name at least one measure") Set<@NotNull SafetyMeasure> measures,
                         @Size(max = REASON_LIMIT, message = REASON_TOO_LONG) String lessStringentMeasuresFailBecause,
                         @Size(max = REASON_LIMIT, message = REASON_TOO_LONG) String childOpinion,
                         @Size(max = 100) String placementProvider) implements Versioned {
    }

    /** {@code appeals}: an appeal against the separation was lodged; it does not suspend the decision (L 14(6)). */
    public record Appeal(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                         @NotBlank(message = REQUIRED) @Size(max = 100) String lodgedBy,
                         @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") LocalDate lodgedOn)
            implements Versioned {
    }

    /** {@code conference}: the case conference was held and agreed the plan's tasks. */
    public record Conference(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                             @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant heldAt,
                             @NotEmpty(message = "must name the bodies that took part")
                             @Size(max = 30, message = "must name at most 30 bodies") List<@NotBlank @Size(max = 100) String> participants,
                             @NotEmpty(message = "must hold at least one task")
                             @Size(max = 50, message = "must hold at most 50 tasks") List<@Valid @NotNull PlanTask> tasks)
            implements Versioned {
    }

    /** A task of the case plan: which body does what, by when. */
    public record PlanTask(@NotBlank(message = REQUIRED) @Size(max = 100) String ownerBody,
                           @NotBlank(message = REQUIRED) @Size(max = REASON_LIMIT, message = REASON_TOO_LONG) String task,
                           @NotNull(message = REQUIRED) @FutureOrPresent(message = "must not be in the past") LocalDate due) {
    }

    /** {@code reviews}: a periodic monitoring review. */
    public record Review(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                         @NotNull(message = REQUIRED) Boolean riskPersists) implements Versioned {
    }

    /**
     * {@code police-report}: the police report on the facts of violence and the measures taken, submitted to the
     * supervising prosecutor (L 16(4)); {@code reportReference}: the report's document (its contents, 16(5), stay in
     * the police's file).
     */
    public record PoliceReport(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                               @NotBlank(message = REQUIRED) @Size(max = 100) String reportReference,
                               @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant submittedAt)
            implements Versioned {
    }

    /**
     * {@code separation-enforcement}: the police district asked to enforce a separation records that it did, or why
     * not (L 14(2)).
     */
    public record Enforcement(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                              @NotNull(message = REQUIRED) Boolean enforced,
                              @Size(max = 500) String notEnforcedBecause,
                              @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant at)
            implements Versioned {
    }

    /** {@code separation-disobedience}: the separation decision was disobeyed (L 10(4)); the police are told. */
    public record Disobedience(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                               @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant occurredAt)
            implements Versioned {
    }

    /**
     * {@code weapons-restriction}: on disobedience of the separation decision, the police issue an order restricting
     * the rights regarding weapons, for one month (L 16(3)(i), (3¹)).
     */
    public record WeaponsRestriction(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                                     @NotNull(message = REQUIRED) LocalDate validUntil) implements Versioned {
    }

    /**
     * {@code interviews}: the child was interviewed (asked for explanations) about the violence: when, for what, and
     * who was present (L 17(3): never the alleged abusive parent); {@code protocolSharedWith}: to whom the interview
     * report was given.
     */
    public record Interview(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                            @NotNull(message = REQUIRED) @PastOrPresent(message = "must not be in the future") Instant interviewedAt,
                            @NotEmpty(message = "must name who was present") @Size(max = 10) Set<@NotNull InterviewAttendee> attendees,
                            @Size(max = 10) Set<@NotNull InterviewAttendee> protocolSharedWith) implements Versioned {
    }

    /**
     * {@code representative}: who represents the child in the proceedings (L 17(3)). {@code allegedAbuser} and
     * {@code conflictOfInterest}: the person is the alleged abuser, or their impartiality is in doubt (their
     * relation to the abusive family member, or another conflict of interest).
     */
    public record Representative(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                                 @NotNull(message = REQUIRED) ChildRepresentative representative,
                                 @NotNull(message = REQUIRED) Boolean allegedAbuser,
                                 @NotNull(message = REQUIRED) Boolean conflictOfInterest) implements Versioned {
    }

    /** {@code close}: the social worker asks to close the case, for a reason of the fixed list. */
    public record Close(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                        @NotNull(message = REQUIRED) ClosureReason reason) implements Versioned {
    }

    /** {@code close/approve}, {@code close/reject}, {@code transfer/accept}, {@code transfer/reject}, {@code reopen}. */
    public record Answer(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                         @Size(max = REASON_LIMIT, message = REASON_TOO_LONG) String reason) implements Versioned {
    }

    /** {@code transfer}: hand the case to another territorial unit of the agency. */
    public record Transfer(@NotNull(message = REQUIRED) @PositiveOrZero Long expectedVersion,
                           @NotBlank(message = REQUIRED) @Size(max = 100) String toUnit,
                           @NotBlank(message = REQUIRED) @Size(max = REASON_LIMIT, message = REASON_TOO_LONG) String reason)
            implements Versioned {
    }

    /** What every action answers: the referral's status and version after it. */
    public record Outcome(String referralId, ReferralStatus status, long version) {
    }
}
