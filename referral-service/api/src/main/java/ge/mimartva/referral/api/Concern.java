package ge.mimartva.referral.api;

/** Forms of violence against a child (L 1(2), 4). */
public enum Concern {
    PHYSICAL, PSYCHOLOGICAL, SEXUAL, ECONOMIC, COERCION, NEGLECT
}
