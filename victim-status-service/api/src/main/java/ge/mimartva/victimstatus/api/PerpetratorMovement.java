package ge.mimartva.victimstatus.api;

/** What a penitentiary institution reports of a perpetrator (L 17¹(3)). */
public enum PerpetratorMovement {
    RELEASE, ESCAPE, SHORT_LEAVE, LEAVE_TO_PREPARE_FOR_RELEASE
}
