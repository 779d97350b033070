package ge.mimartva.notification.matrix;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the matrix needs to know of a triggering event to pick its rules and their recipients. No personal data:
 * the referral (or case) it is about, where the child lives when the event says so, and the bodies the event names.
 *
 * @param municipality the child's (or victim's) municipality, when the event carries it; territorial recipients
 *                     need it
 * @param conditions   what holds of the event, for rows that tell some bodies only then
 * @param namedBodies  bodies the event itself names, by the recipient kind they fill
 * @param about        the record the notification is about when it is not the referral itself, as the API's path
 *                     below {@code /api/} (e.g. {@code preservation-requests/<id>}); absent for a referral's steps
 */
public record TriggerFacts(String referralId, String municipality, List<String> concerns,
                           Set<NotificationRule.Condition> conditions,
                           Map<NotificationRule.RecipientKind, List<String>> namedBodies, String about) {

    public TriggerFacts(String referralId, String municipality, List<String> concerns,
                        Set<NotificationRule.Condition> conditions,
                        Map<NotificationRule.RecipientKind, List<String>> namedBodies) {
        this(referralId, municipality, concerns, conditions, namedBodies, null);
    }

    public TriggerFacts {
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
        conditions = Set.copyOf(conditions);
        namedBodies = Map.copyOf(namedBodies);
    }

    /** Facts of an event that only names bodies. */
    public static TriggerFacts naming(String referralId, NotificationRule.RecipientKind kind, List<String> bodies) {
        return new TriggerFacts(referralId, null, List.of(), Set.of(), Map.of(kind, bodies));
    }

    /** The same facts, with {@code condition} holding too. */
    public TriggerFacts with(NotificationRule.Condition condition) {
        Set<NotificationRule.Condition> more = new java.util.HashSet<>(conditions);
        more.add(condition);
        return new TriggerFacts(referralId, municipality, concerns, more, namedBodies, about);
    }

    /** The same facts, about {@code record} (a path below {@code /api/}). */
    public TriggerFacts about(String record) {
        return new TriggerFacts(referralId, municipality, concerns, conditions, namedBodies, record);
    }

    public boolean immediateDanger() {
        return conditions.contains(NotificationRule.Condition.IMMEDIATE_DANGER);
    }

    public List<String> bodiesNamedAs(NotificationRule.RecipientKind kind) {
        return namedBodies.getOrDefault(kind, List.of());
    }
}
