package ge.mimartva.referral.api;

/** Triage urgency; it selects the shorter statutory clocks. */
public enum Urgency {
    URGENT, STANDARD
}
