package ge.mimartva.victimstatus.query;

import ge.mimartva.victimstatus.api.RequestedMeasure;
import ge.mimartva.victimstatus.api.Requester;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * Read model of a request for an order or surveillance (collection {@code order-requests}); {@code state}:
 * {@code REQUESTED}, {@code ISSUED} (naming {@code orderId}) or {@code REFUSED} (with {@code reasons}).
 */
@Document(OrderRequestDocument.COLLECTION)
public record OrderRequestDocument(@Id String requestId, String referralId, RequestedMeasure measure,
                                   Requester requester, String addressedTo, String municipality, Instant requestedAt,
                                   String state, String orderId, String reasons, Instant answeredAt, long version) {

    public static final String COLLECTION = "order-requests";
}
