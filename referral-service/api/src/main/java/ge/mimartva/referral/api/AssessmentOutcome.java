package ge.mimartva.referral.api;

/** Outcome of the initial assessment (domain brief §3.4). */
public enum AssessmentOutcome {
    /** Nothing found: the case is to be closed. */
    UNFOUNDED,
    /** No risk that needs a safety decision; the family is supported under a plan. */
    SUPPORT_ONLY,
    /** The risk is confirmed: a safety decision must be taken before the plan. */
    RISK_CONFIRMED
}
