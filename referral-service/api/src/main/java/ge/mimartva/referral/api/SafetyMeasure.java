package ge.mimartva.referral.api;

/** The measures a safety decision may take, one or more (domain brief §3.5, L 14). */
public enum SafetyMeasure {
    SAFETY_PLAN_AT_HOME,
    POLICE_RESTRAINING_ORDER,
    /** Separation of the child from the abuser: the last resort, enforced by the police at once (L 14(1-2)). */
    SEPARATION,
    COURT_PROTECTIVE_ORDER_APPLICATION,
    VICTIM_STATUS_REQUEST
}
