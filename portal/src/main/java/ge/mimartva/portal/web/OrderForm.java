package ge.mimartva.portal.web;

import java.util.Map;

/**
 * What every order's form asks (a restraining order's protocol, L 10; a court's protective order, L 12) beyond the
 * victim: the abuser, with their identifying details or why some are unknown (L 10(3¹)(c¹)), the term, and whether
 * minors are concerned.
 */
public abstract class OrderForm extends VictimForm {

    private String abuserFirstName = "";
    private String abuserLastName = "";
    private String abuserPersonalNumber = "";
    private String abuserDateOfBirth = "";
    private String abuserUnknownDetailsBecause = "";
    private String validUntil = "";
    private String minorsConcerned = "";

    /** The fields every order has, put into {@code request}. */
    void putCommon(Map<String, Object> request) {
        putVictim(request, "victim");
        request.put("abuser", RequestBodies.person(abuserFirstName, abuserLastName, abuserPersonalNumber,
                abuserDateOfBirth, "", abuserUnknownDetailsBecause));
        RequestBodies.text(request, "validUntil", validUntil);
        RequestBodies.yesNo(request, "minorsConcerned", minorsConcerned);
    }

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
}
