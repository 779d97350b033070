package ge.mimartva.victimstatus.order;

import ge.mimartva.victimstatus.api.AppealingParty;
import java.time.Instant;

/**
 * Payload of a restraining order's deadlines. {@code party}: whose appeal window (it runs from service on that
 * party); {@code since}: when the surveillance protocol whose submission is due was issued (a later protocol replaces
 * the clock of an earlier one).
 *
 * <p>{@link Kind#SURVEILLANCE_APPROVAL} is the clock of orders issued before the rule was mended (it counted 24 hours
 * until the court's approval, which the law does not require); such deadlines still stored do nothing now.
 */
public record OrderClock(String orderId, Kind kind, AppealingParty party, Instant since) {

    public OrderClock(String orderId, Kind kind) {
        this(orderId, kind, null, null);
    }

    public enum Kind { APPEAL_WINDOW, SURVEILLANCE_SUBMISSION, SURVEILLANCE_APPROVAL, EXPIRY_ALERT, EXPIRY }
}
