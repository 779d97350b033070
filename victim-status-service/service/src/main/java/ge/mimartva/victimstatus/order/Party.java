package ge.mimartva.victimstatus.order;

import ge.mimartva.platform.privacy.PersonalData;
import java.time.LocalDate;

/**
 * A person named on an order (L 10(3¹)(c), (c¹)): personal data, never logged, never in a URL or an exception
 * message, and never in an integration event. {@code municipality} is where the person lives;
 * {@code unknownDetailsBecause} explains which of the details the law lists could not be stated, and why.
 */
public record Party(@PersonalData String firstName, @PersonalData String lastName, @PersonalData String personalNumber,
                    @PersonalData LocalDate dateOfBirth, String municipality, @PersonalData String placeOfBirth,
                    @PersonalData String profession, @PersonalData String unknownDetailsBecause) {

    public Party(String firstName, String lastName, String personalNumber, LocalDate dateOfBirth, String municipality) {
        this(firstName, lastName, personalNumber, dateOfBirth, municipality, null, null, null);
    }

    /** The victim's details a restraining order states (L 10(3¹)(c¹)), or the reason some are unknown. */
    boolean statesTheVictimsDetails() {
        return present(firstName) && present(lastName)
                && (present(personalNumber) && dateOfBirth != null || present(unknownDetailsBecause));
    }

    /** The abuser's details a restraining order states (L 10(3¹)(c)), or the reason some are unknown. */
    boolean statesTheAbusersDetails() {
        return present(firstName) && present(lastName)
                && (present(personalNumber) && dateOfBirth != null && present(placeOfBirth) && present(profession)
                && present(municipality) || present(unknownDetailsBecause));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
