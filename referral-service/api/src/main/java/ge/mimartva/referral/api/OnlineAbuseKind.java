package ge.mimartva.referral.api;

/**
 * How information and communication technologies were used in the abuse (Lanzarote Committee questionnaire, Georgia's
 * answers to questions 13 and 14: the Cyber Crime Division of the MIA's Central Criminal Police Department investigates
 * these and advises the other police units).
 */
public enum OnlineAbuseKind {
    /** Sexual images or videos the child made of themselves, shared or threatened to be shared. */
    SELF_GENERATED_IMAGES,
    /** The child is coerced or extorted with sexual content (sextortion). */
    SEXUAL_COERCION_OR_EXTORTION,
    /** An adult befriends the child online to abuse them (grooming). */
    GROOMING,
    /** Abuse of the child streamed live. */
    LIVE_STREAMING
}
