package ge.mimartva.victimstatus.query;

import ge.mimartva.victimstatus.api.VictimStatusGrantor;
import ge.mimartva.victimstatus.api.VictimStatusGround;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Read model of a victim status (collection {@code victim-statuses}), without the applicant's identity. Whether it is
 * active is computed from its dates when read; {@code expiryWarned}: the warning before it lapses has gone out (N9).
 */
@Document(VictimStatusDocument.COLLECTION)
public record VictimStatusDocument(@Id String statusId, String referralId, String subjectId, String municipality,
                                   VictimStatusGround ground,
                                   boolean onBehalfOfChild, String state, VictimStatusGrantor grantor,
                                   String grantingBody, String decisionDocument, LocalDate validFrom,
                                   LocalDate validUntil, String reason, Instant appliedAt, boolean expiryWarned,
                                   long version) {

    public static final String COLLECTION = "victim-statuses";

    public boolean activeOn(LocalDate day) {
        return "GRANTED".equals(state) && validFrom != null && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
