package ge.mimartva.victimstatus.api;

/** Names of victim-status-service's published contract. */
public final class VictimStatusContract {

    /** Source name of victim-status-service's integration events (first part of their routing keys). */
    public static final String SOURCE = "victim-status";

    private VictimStatusContract() {
    }
}
