package ge.mimartva.victimstatus.api;

/**
 * Who may request an order or surveillance (L 11(1), 10¹(5)): the victim, a family member, with the victim's consent a
 * social worker or a person giving the victim medical, legal or psychological help, and, for violence against a minor,
 * the guardianship and custody body.
 */
public enum Requester {
    VICTIM(false), FAMILY_MEMBER(false), SOCIAL_WORKER(true), ASSISTANCE_PROVIDER(true), GUARDIANSHIP_BODY(false);

    private final boolean needsConsent;

    Requester(boolean needsConsent) {
        this.needsConsent = needsConsent;
    }

    /** Whether this requester needs the victim's consent. */
    public boolean needsTheVictimsConsent() {
        return needsConsent;
    }
}
