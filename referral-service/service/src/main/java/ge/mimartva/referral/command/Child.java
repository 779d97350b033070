package ge.mimartva.referral.command;

import ge.mimartva.platform.privacy.PersonalData;
import java.time.LocalDate;

/** The child as the reporter identified them. Personal data: never logged, never in a URL or an exception message. */
public record Child(@PersonalData String firstName, @PersonalData String lastName, @PersonalData String personalNumber,
                    @PersonalData LocalDate dateOfBirth,
                    Integer approximateAge, String municipality) {

    public boolean hasAgeOrDateOfBirth() {
        return dateOfBirth != null || approximateAge != null;
    }
}
