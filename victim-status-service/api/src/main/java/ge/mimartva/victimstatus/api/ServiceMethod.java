package ge.mimartva.victimstatus.api;

/** How a restraining order reached a party (L 10(3⁶): it is sent or served to the victim and the abuser). */
public enum ServiceMethod {
    HANDED_OVER, SENT_BY_POST, SENT_ELECTRONICALLY
}
