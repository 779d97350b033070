package ge.mimartva.referral.api;

/**
 * What the reporter is concerned about: the forms of violence against a child (L 1(2), 4) and the situations the
 * agency also records.
 */
public enum Concern {
    PHYSICAL, PSYCHOLOGICAL, SEXUAL, ECONOMIC, COERCION, NEGLECT,
    /** A child living or working in the street. */
    STREET_SITUATION,
    /** A child abandoned in a medical or child-care institution (e.g. a newborn in a maternity ward). */
    ABANDONMENT,
    /** Early marriage or pregnancy of a minor. */
    EARLY_MARRIAGE_OR_PREGNANCY,
    SUICIDE_ATTEMPT
}
