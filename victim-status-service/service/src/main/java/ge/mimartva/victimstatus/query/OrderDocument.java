package ge.mimartva.victimstatus.query;

import ge.mimartva.victimstatus.api.ProhibitedMatter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;


/**
 * Read model of a restraining or protective order (collection {@code orders}): its state, without the parties'
 * identities (those stay in the event store, for the order itself; {@code victimSubjectId} is the victim's pseudonym,
 * when the personal number is known, for the protection lookup). {@code servedAt} and {@code appealWindowEnds} are
 * by party ({@code VICTIM}, {@code ABUSER}): a party not yet served has no running appeal clock (L 10(3⁸)).
 * {@code surveillance}: {@code NONE}, {@code AWAITING_SUBMISSION} (by {@code surveillanceSubmissionDue}),
 * {@code AWAITING_COURT} (of {@code surveillanceCourt}, since {@code surveillanceSubmittedAt}), {@code APPROVED}, or
 * {@code ENDED: <reason>}. {@code conciliation}: {@code NONE},
 * {@code REQUESTED}, {@code REFUSED}. {@code ended}: no longer in force, for {@code endedBecause} ({@code EXPIRED},
 * {@code CANCELLED}, {@code CONCILIATION}). {@code version}: the sequence number of the last event applied.
 */
@Document(OrderDocument.COLLECTION)
public record OrderDocument(@Id String orderId, String kind, String referralId, String victimSubjectId,
                            String issuingDistrict, String municipality,
                            Set<ProhibitedMatter> matters, Instant issuedAt, LocalDate validUntil,
                            Map<String, Instant> servedAt, Map<String, Instant> appealWindowEnds, int appeals,
                            int appealsUpheld, int appealsDismissed, Instant victimInformedAt,
                            String surveillance, Instant surveillanceSubmissionDue, String surveillanceCourt,
                            Instant surveillanceSubmittedAt, String conciliation,
                            int violations, boolean expiryWarned, boolean ended, String endedBecause, long version) {

    public static final String COLLECTION = "orders";
    public static final String RESTRAINING = "RESTRAINING_ORDER";
    public static final String PROTECTIVE = "PROTECTIVE_ORDER";
}
