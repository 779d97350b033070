package ge.mimartva.referral.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * {@code POST /api/referrals}: a mandatory report of suspected violence against a child (L 14¹).
 *
 * @param reportingBody   id of the reporting institution; must be the caller's own body
 * @param description     what was observed, in the reporter's words (Georgian or English), at most
 *                        {@value #DESCRIPTION_LIMIT} characters
 * @param concerns        each concern at most once
 * @param immediateDanger danger to the child's life or health, or a crime in progress: the police are told at once (N2)
 * @param otherChildrenAtRisk other children of the household are at risk too; absent when unknown
 * @param allegedAbuser   what is known of the alleged abuser; absent when nothing is
 * @param onlineElement   the abuse involved the internet, a phone or another technology (the Cyber Crime Division is
 *                        told too); absent when it did not, or the reporter does not know
 */
public record FileReferralRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String reportingBody,
        @NotNull(message = "is required") @Valid ChildDetails child,
        @NotEmpty(message = "must name at least one concern")
        @Size(max = CONCERNS_LIMIT, message = "must name each concern at most once")
        List<@NotNull(message = "must not be null") Concern> concerns,
        @NotBlank(message = "is required") @Size(max = DESCRIPTION_LIMIT, message = "must be at most " + DESCRIPTION_LIMIT + " characters") String description,
        @NotNull(message = "is required") Boolean immediateDanger,
        Boolean otherChildrenAtRisk,
        @Valid AllegedAbuser allegedAbuser,
        @Valid OnlineElement onlineElement) {

    public static final int DESCRIPTION_LIMIT = 4000;
    /** Every concern at most once: as many as there are concerns. */
    public static final int CONCERNS_LIMIT = 10;
}
