package ge.mimartva.referral.api;

import jakarta.validation.constraints.NotNull;

/**
 * What the reporter knows of the alleged abuser. No name: the agency identifies the person during assessment.
 *
 * @param accessToWeapons {@code true}/{@code false} when known, absent when the reporter does not know
 */
public record AllegedAbuser(@NotNull(message = "is required") AbuserRelation relationToChild, Boolean accessToWeapons) {
}
