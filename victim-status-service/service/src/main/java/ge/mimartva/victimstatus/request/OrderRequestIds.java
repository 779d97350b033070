package ge.mimartva.victimstatus.request;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A request's id, derived from what made it: the same delivery or retry records the same request once. */
public final class OrderRequestIds {

    private OrderRequestIds() {
    }

    /** The request made by the integration event {@code eventId}. */
    public static String of(String eventId) {
        return UUID.nameUUIDFromBytes(("order request " + eventId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
