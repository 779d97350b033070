package ge.mimartva.referral.query;

import ge.mimartva.referral.api.Concern;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read model of one referral (collection {@code referrals}). */
@Document(ReferralDocument.COLLECTION)
public record ReferralDocument(@Id String referralId, String status, String reportingBody, String reportingBodyType,
                               String filedBy, Instant filedAt, String childFirstName, String childLastName,
                               String childPersonalNumber, LocalDate childDateOfBirth, Integer childApproximateAge,
                               String municipality, List<Concern> concerns, String description,
                               boolean immediateDanger, long version) {

    public static final String COLLECTION = "referrals";
}
