package ge.mimartva.referral.command;

/** How registration recognised a child who already has an open case. */
public enum ChildMatch {
    /** The same personal number (compared through its pseudonym). */
    PERSONAL_NUMBER,
    /** No personal number: the same first and last name, exact date of birth and municipality. */
    NAME_DATE_OF_BIRTH_MUNICIPALITY
}
