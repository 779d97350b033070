package ge.mimartva.notification.matrix;

import java.util.List;
import java.util.Map;

/**
 * What the matrix needs to know of a triggering event to pick its rules and their recipients. No personal data:
 * the referral (or case) it is about, where the child lives when the event says so, and the bodies the event names.
 *
 * @param municipality the child's municipality, when the event carries it (territorial recipients need it)
 * @param namedBodies  bodies the event itself names, by the recipient kind they fill
 */
public record TriggerFacts(String referralId, String municipality, List<String> concerns, boolean immediateDanger,
                           Map<NotificationRule.RecipientKind, List<String>> namedBodies) {

    public TriggerFacts {
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
        namedBodies = Map.copyOf(namedBodies);
    }

    public List<String> bodiesNamedAs(NotificationRule.RecipientKind kind) {
        return namedBodies.getOrDefault(kind, List.of());
    }
}
