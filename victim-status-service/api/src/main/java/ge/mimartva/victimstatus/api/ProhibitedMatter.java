package ge.mimartva.victimstatus.api;

/** What a restraining order may involve (L 10(3²)(a)-(i)). */
public enum ProhibitedMatter {
    /** (a) the abuser moves out of the victim's home. */
    ABUSER_MOVES_OUT,
    /** (b) the victim and dependants are separated from the abuser and placed in a shelter. */
    VICTIM_PLACED_IN_SHELTER,
    /** (c) the abuser may not use joint property at discretion. */
    JOINT_PROPERTY_RESTRICTED,
    /** (d) the abuser is separated from a minor. */
    SEPARATION_FROM_MINOR,
    /** (e) the abuser may not approach the victim, the workplace or places the victim stays. */
    NO_APPROACH,
    /** (f) electronic surveillance of the abuser (L 10¹). */
    ELECTRONIC_SURVEILLANCE,
    /** (g) the abuser's right to use, buy or hold weapons is restricted. */
    WEAPONS_RESTRICTED,
    /** (h) the abuser is warned of liability for violations. */
    LIABILITY_WARNING,
    /** (i) other matters needed for the victim's safety. */
    OTHER
}
