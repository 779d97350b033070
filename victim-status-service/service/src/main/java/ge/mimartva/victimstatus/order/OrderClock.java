package ge.mimartva.victimstatus.order;

/** Payload of a restraining order's deadlines. */
public record OrderClock(String orderId, Kind kind) {

    public enum Kind { APPEAL_WINDOW, SURVEILLANCE_APPROVAL, EXPIRY_ALERT, EXPIRY }
}
