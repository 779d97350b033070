package ge.mimartva.victimstatus.api;

/** Who may grant victim status (L 4(f), 16¹). */
public enum VictimStatusGrantor {
    MIA_SERVICE, COURT, VICTIM_IDENTIFICATION_GROUP
}
