package ge.mimartva.victimstatus.api;

/** Why the applicant is a victim (L 4(f)): a child who witnessed violence or was separated can be a victim too. */
public enum VictimStatusGround {
    SUFFERED_VIOLENCE, WITNESSED_VIOLENCE, SEPARATED_FROM_ABUSER, LEGAL_INTERESTS_NEGLECTED
}
