package ge.mimartva.referral.api;

/** The clocks the procedures set on a referral; their durations come from the effective-dated clock policy. */
public enum StatutoryClock {
    /** Filing to assignment of a social worker. */
    T_ASSIGN,
    /** Assignment to first contact with the child. */
    T_FIRST_CONTACT,
    /** Assignment to the outcome of the initial assessment. */
    T_ASSESSMENT,
    /** Assessment to the case conference. */
    T_CONFERENCE,
    /** Conference, or the last review, to the next monitoring review. */
    T_REVIEW,
    /** Transfer request to the receiving unit's answer. */
    T_TRANSFER_ANSWER
}
