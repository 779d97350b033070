package ge.mimartva.notification.matrix;

import java.time.Duration;

/**
 * One row of the notification matrix.
 *
 * @param trigger           the integration event that triggers it, as {@code <source>.<EventType>}
 * @param condition         when the event triggers it
 * @param recipient         which body receives it
 * @param acknowledgeWithin the acknowledgement clock
 */
public record NotificationRule(String id, int version, String legalBasis, String trigger, Condition condition,
                               RecipientKind recipient, String channel, Duration acknowledgeWithin, String assumption) {

    public enum Condition {
        ALWAYS, IMMEDIATE_DANGER;

        boolean holdsFor(ReferralFacts facts) {
            return this == ALWAYS || facts.immediateDanger();
        }
    }

    public enum RecipientKind {
        AGENCY_TERRITORIAL_UNIT, GUARDIANSHIP_BODY, MIA_DISTRICT_SERVICE
    }
}
