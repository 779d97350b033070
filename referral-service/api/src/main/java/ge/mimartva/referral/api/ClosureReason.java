package ge.mimartva.referral.api;

/**
 * Why a case is closed: a fixed list. "No capacity to allocate" is deliberately not on it: a case the agency cannot
 * staff stays open and its clocks escalate.
 */
public enum ClosureReason {
    RISK_REMOVED,
    /** Only after an initial assessment that found the concern unfounded. */
    UNFOUNDED,
    CHILD_TURNED_18,
    MOVED_ABROAD_OR_UNTRACEABLE,
    DEATH,
    /** The case was handed to a competent body outside the agency. */
    TRANSFERRED,
    /** Registration found the referral outside the agency's competence; it was redirected. */
    OUT_OF_SCOPE
}
