package ge.mimartva.victimstatus.query;

import ge.mimartva.victimstatus.api.ProhibitedMatter;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Read model of a restraining order (collection {@code orders}): its state, without the parties' identities (those
 * stay in the event store, for the order itself). {@code version}: the sequence number of the last event applied.
 */
@Document(OrderDocument.COLLECTION)
public record OrderDocument(@Id String orderId, String referralId, String issuingDistrict, String municipality,
                            Set<ProhibitedMatter> matters, Instant issuedAt, LocalDate validUntil,
                            Instant appealWindowEnds, boolean appealWindowClosed, int appeals, String surveillance,
                            int violations, boolean expiryWarned, boolean expired, long version) {

    public static final String COLLECTION = "orders";
}
