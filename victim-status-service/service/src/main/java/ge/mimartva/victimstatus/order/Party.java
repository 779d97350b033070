package ge.mimartva.victimstatus.order;

import ge.mimartva.platform.privacy.PersonalData;
import java.time.LocalDate;

/**
 * A person named on an order (L 10(3)(c¹)): personal data, never logged, never in a URL or an exception message, and
 * never in an integration event. {@code municipality} is where the person lives.
 */
public record Party(@PersonalData String firstName, @PersonalData String lastName, @PersonalData String personalNumber,
                    @PersonalData LocalDate dateOfBirth,
                    String municipality) {
}
