package ge.mimartva.victimstatus.api;

public enum AppealingParty {
    VICTIM, ABUSER
}
