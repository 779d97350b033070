package ge.mimartva.victimstatus.api;

/**
 * The answer of a protection lookup (like England's CP-IS flag): yes or no, and whom to contact; never case details.
 *
 * @param protectionConcern an open case, an order in force or an active victim status
 * @param openCase          which of those: answered to the police and the agency only, whose work needs it; absent
 *                          (null) for schools, kindergartens and clinics, who are told whom to call
 * @param scope             {@code NATIONAL}, or {@code YOUR_TERRITORY} for a school, kindergarten or resource officer,
 *                          who learn only of the records of the municipalities they serve
 * @param contact           the body to contact (the unit owning the open case, else the agency unit of the place
 *                          the order or status names); absent when there is no concern
 */
public record ProtectionLookupAnswer(boolean protectionConcern, Boolean openCase, Boolean activeOrder,
                                     Boolean activeVictimStatus, String scope, Contact contact) {

    public record Contact(String body, String name) {
    }
}
