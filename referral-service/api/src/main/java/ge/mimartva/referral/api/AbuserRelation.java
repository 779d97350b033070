package ge.mimartva.referral.api;

/** How the alleged abuser is related to the child, as far as the reporter knows. */
public enum AbuserRelation {
    PARENT, STEP_PARENT, SIBLING, OTHER_RELATIVE, CAREGIVER, INSTITUTION_STAFF, PEER, OTHER, UNKNOWN
}
