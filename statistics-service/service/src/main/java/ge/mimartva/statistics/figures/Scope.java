package ge.mimartva.statistics.figures;

import java.util.Set;

/**
 * Whose figures a caller may see: all (the ministry's analysts), or one territorial unit's (its supervisors and
 * social workers): the referrals it owned, the notifications it received, the measures in the places it serves.
 */
public record Scope(String unit, Set<String> municipalities) {

    public static Scope all() {
        return new Scope(null, Set.of());
    }

    public static Scope unit(String unit, Set<String> municipalities) {
        return new Scope(unit, Set.copyOf(municipalities));
    }

    public boolean isAll() {
        return unit == null;
    }
}
