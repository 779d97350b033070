package ge.mimartva.victimstatus.api;

/**
 * The answer of a protection lookup (like England's CP-IS flag): yes or no, and whom to contact; never case details.
 *
 * @param protectionConcern any of the three below
 * @param contact           the body to contact (the unit owning the open case, else the agency unit of the place
 *                          the order or status names); absent when there is no concern
 */
public record ProtectionLookupAnswer(boolean protectionConcern, boolean openCase, boolean activeOrder,
                                     boolean activeVictimStatus, Contact contact) {

    public record Contact(String body, String name) {
    }
}
