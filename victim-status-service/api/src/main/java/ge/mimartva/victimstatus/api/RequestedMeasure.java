package ge.mimartva.victimstatus.api;

/** What a request asks for (L 11(1), 10¹(5)), and so whom it is addressed to: the police, or a court. */
public enum RequestedMeasure {
    /** Issued by an authorised police officer (L 10(3)). */
    RESTRAINING_ORDER(true),
    /** Issued by a court of first instance (L 10(2)). */
    PROTECTIVE_ORDER(false),
    /** Imposed by an authorised police officer on a restraining order (L 10¹(1), (5)). */
    ELECTRONIC_SURVEILLANCE(true);

    private final boolean police;

    RequestedMeasure(boolean police) {
        this.police = police;
    }

    /** Whether the police decide it (else a court). */
    public boolean decidedByThePolice() {
        return police;
    }
}
