package ge.mimartva.referral.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The child a referral is about. The personal number is required where it is known (it is what finds the child's
 * existing case); otherwise the date of birth, or an approximate age, and the municipality where the child lives.
 */
public record ChildDetails(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String firstName,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String lastName,
        @Pattern(regexp = "\\d{11}", message = "must be the 11 digits of the Georgian personal number") String personalNumber,
        @PastOrPresent(message = "must not be in the future") LocalDate dateOfBirth,
        @Min(value = 0, message = "must be between 0 and 17") @Max(value = 17, message = "must be between 0 and 17") Integer approximateAge,
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String municipality) {
}
