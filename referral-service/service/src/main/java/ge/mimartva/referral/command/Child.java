package ge.mimartva.referral.command;

import java.time.LocalDate;

/** The child as the reporter identified them. Personal data: never logged, never in a URL or an exception message. */
public record Child(String firstName, String lastName, String personalNumber, LocalDate dateOfBirth,
                    Integer approximateAge, String municipality) {

    public boolean hasAgeOrDateOfBirth() {
        return dateOfBirth != null || approximateAge != null;
    }
}
