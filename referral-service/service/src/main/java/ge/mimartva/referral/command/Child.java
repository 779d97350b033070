package ge.mimartva.referral.command;

import ge.mimartva.platform.privacy.PersonalData;
import ge.mimartva.referral.api.ChildAgeBand;

import java.time.LocalDate;
import java.time.Period;

/** The child as the reporter identified them. Personal data: never logged, never in a URL or an exception message. */
public record Child(@PersonalData String firstName, @PersonalData String lastName, @PersonalData String personalNumber,
                    @PersonalData LocalDate dateOfBirth,
                    Integer approximateAge, String municipality) {

    public boolean hasAgeOrDateOfBirth() {
        return dateOfBirth != null || approximateAge != null;
    }

    /** The child's age band on a day: from the date of birth, else the reporter's estimate of the age. */
    public ChildAgeBand ageBandOn(LocalDate day) {
        return ChildAgeBand.ofAge(dateOfBirth != null ? Integer.valueOf(Period.between(dateOfBirth, day).getYears())
                : approximateAge);
    }
}
