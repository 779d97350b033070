package ge.mimartva.referral.api;

/** Where a referral stands in the lifecycle of the 2016 procedures (domain brief §3). */
public enum ReferralStatus {
    /** Filed by the reporting body; awaiting registration by the agency's territorial unit. */
    FILED,
    /** Registered and triaged (urgency set); awaiting a social worker. */
    REGISTERED,
    /** The child already had an open case: this referral was joined to it instead of opening a second one. */
    LINKED,
    /** A social worker owns the case; first contact with the child is due. */
    ASSIGNED,
    /** The child was contacted; the initial assessment is under way. */
    UNDER_ASSESSMENT,
    /** The initial assessment has an outcome. */
    ASSESSED,
    /** A safety decision was taken on a confirmed risk. */
    SAFETY_DECIDED,
    /** The case conference agreed a plan; intervention and periodic monitoring reviews. */
    IN_INTERVENTION,
    /** Closure was requested; a supervisor's approval is awaited. */
    CLOSURE_PENDING,
    CLOSED
}
