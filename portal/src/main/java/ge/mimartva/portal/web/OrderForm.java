package ge.mimartva.portal.web;

import java.util.Map;

/**
 * What every order's form asks (a restraining order's protocol, L 10; a court's protective order, L 12): the referral
 * it is about, the victim (and where they live) and the abuser, each with their identifying details or why some are
 * unknown (L 10(3¹)(c¹)), the term, whether minors are concerned; and the key that makes sending it again safe.
 */
public abstract class OrderForm {

    private String referralId = "";
    private String victimFirstName = "";
    private String victimLastName = "";
    private String victimPersonalNumber = "";
    private String victimDateOfBirth = "";
    private String victimMunicipality = "";
    private String victimUnknownDetailsBecause = "";
    private String abuserFirstName = "";
    private String abuserLastName = "";
    private String abuserPersonalNumber = "";
    private String abuserDateOfBirth = "";
    private String abuserUnknownDetailsBecause = "";
    private String validUntil = "";
    private String minorsConcerned = "";
    /** Made when the form is first shown: sent again after no answer, the order is issued once. */
    private String idempotencyKey = IdempotencyKeys.fresh();

    /** The form about the referral {@code referral} (its number, when it is one), or about none. */
    void about(String referral) {
        if (referral != null && referral.matches("[0-9a-f-]{36}")) {
            referralId = referral;
        }
    }

    /** The API's request for the order, as typed: the service names every field that is missing or wrong. */
    abstract Map<String, Object> toRequest();

    /** The fields every order has, put into {@code request}. */
    void putCommon(Map<String, Object> request) {
        RequestBodies.text(request, "referralId", referralId);
        request.put("victim", RequestBodies.person(victimFirstName, victimLastName, victimPersonalNumber,
                victimDateOfBirth, victimMunicipality, victimUnknownDetailsBecause));
        request.put("abuser", RequestBodies.person(abuserFirstName, abuserLastName, abuserPersonalNumber,
                abuserDateOfBirth, "", abuserUnknownDetailsBecause));
        RequestBodies.text(request, "validUntil", validUntil);
        RequestBodies.yesNo(request, "minorsConcerned", minorsConcerned);
    }

    public String getReferralId() { return referralId; }
    public void setReferralId(String referralId) { this.referralId = referralId; }
    public String getVictimFirstName() { return victimFirstName; }
    public void setVictimFirstName(String victimFirstName) { this.victimFirstName = victimFirstName; }
    public String getVictimLastName() { return victimLastName; }
    public void setVictimLastName(String victimLastName) { this.victimLastName = victimLastName; }
    public String getVictimPersonalNumber() { return victimPersonalNumber; }
    public void setVictimPersonalNumber(String victimPersonalNumber) { this.victimPersonalNumber = victimPersonalNumber; }
    public String getVictimDateOfBirth() { return victimDateOfBirth; }
    public void setVictimDateOfBirth(String victimDateOfBirth) { this.victimDateOfBirth = victimDateOfBirth; }
    public String getVictimUnknownDetailsBecause() { return victimUnknownDetailsBecause; }
    public void setVictimUnknownDetailsBecause(String because) { this.victimUnknownDetailsBecause = because; }
    public String getVictimMunicipality() { return victimMunicipality; }
    public void setVictimMunicipality(String victimMunicipality) { this.victimMunicipality = victimMunicipality; }
    public String getAbuserFirstName() { return abuserFirstName; }
    public void setAbuserFirstName(String abuserFirstName) { this.abuserFirstName = abuserFirstName; }
    public String getAbuserLastName() { return abuserLastName; }
    public void setAbuserLastName(String abuserLastName) { this.abuserLastName = abuserLastName; }
    public String getAbuserPersonalNumber() { return abuserPersonalNumber; }
    public void setAbuserPersonalNumber(String abuserPersonalNumber) { this.abuserPersonalNumber = abuserPersonalNumber; }
    public String getAbuserDateOfBirth() { return abuserDateOfBirth; }
    public void setAbuserDateOfBirth(String abuserDateOfBirth) { this.abuserDateOfBirth = abuserDateOfBirth; }
    public String getAbuserUnknownDetailsBecause() { return abuserUnknownDetailsBecause; }
    public void setAbuserUnknownDetailsBecause(String because) { this.abuserUnknownDetailsBecause = because; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String validUntil) { this.validUntil = validUntil; }
    public String getMinorsConcerned() { return minorsConcerned; }
    public void setMinorsConcerned(String minorsConcerned) { this.minorsConcerned = minorsConcerned; }
    public String getIdempotencyKey() { return idempotencyKey; }
    /** Only a key the portal could have made is kept; anything else gets a fresh one. */
    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = IdempotencyKeys.keptOrFresh(idempotencyKey);
    }
}
