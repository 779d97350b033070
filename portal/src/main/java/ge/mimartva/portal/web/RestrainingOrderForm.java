package ge.mimartva.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The restraining order's protocol as the police officer fills it in (L 10: the place and circumstances, the victim
 * and the abuser, the prohibited matters, the term, the signatures or why a party did not sign); turned into the
 * API's request as typed, so the service names every field that is missing or wrong.
 */
public class RestrainingOrderForm {


    private String referralId = "";
    private String place = "";
    private String circumstances = "";
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
    private List<String> matters = new ArrayList<>();
    private String validUntil = "";
    private String victimIsMinor = "";
    private String minorsConcerned = "";
    private String victimSigned = "";
    private String victimNotSignedBecause = "";
    private String abuserSigned = "";
    private String abuserNotSignedBecause = "";
    /** Made when the form is first shown: sent again after no answer, the order is issued once. */
    private String idempotencyKey = IdempotencyKeys.fresh();

    Map<String, Object> toRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        RequestBodies.text(request, "referralId", referralId);
        RequestBodies.text(request, "place", place);
        RequestBodies.text(request, "circumstances", circumstances);
        request.put("victim", RequestBodies.person(victimFirstName, victimLastName, victimPersonalNumber, victimDateOfBirth,
                victimMunicipality, victimUnknownDetailsBecause));
        request.put("abuser", RequestBodies.person(abuserFirstName, abuserLastName, abuserPersonalNumber, abuserDateOfBirth, "",
                abuserUnknownDetailsBecause));
        request.put("matters", matters);
        RequestBodies.text(request, "validUntil", validUntil);
        RequestBodies.yesNo(request, "victimIsMinor", victimIsMinor);
        RequestBodies.yesNo(request, "minorsConcerned", minorsConcerned);
        RequestBodies.yesNo(request, "victimSigned", victimSigned);
        RequestBodies.text(request, "victimNotSignedBecause", victimNotSignedBecause);
        RequestBodies.yesNo(request, "abuserSigned", abuserSigned);
        RequestBodies.text(request, "abuserNotSignedBecause", abuserNotSignedBecause);
        return request;
    }

    public String getReferralId() { return referralId; }
    public void setReferralId(String referralId) { this.referralId = referralId; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getCircumstances() { return circumstances; }
    public void setCircumstances(String circumstances) { this.circumstances = circumstances; }
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
    public String getAbuserDateOfBirth() { return abuserDateOfBirth; }
    public void setAbuserDateOfBirth(String abuserDateOfBirth) { this.abuserDateOfBirth = abuserDateOfBirth; }
    public String getAbuserUnknownDetailsBecause() { return abuserUnknownDetailsBecause; }
    public void setAbuserUnknownDetailsBecause(String because) { this.abuserUnknownDetailsBecause = because; }
    public String getVictimMunicipality() { return victimMunicipality; }
    public void setVictimMunicipality(String victimMunicipality) { this.victimMunicipality = victimMunicipality; }
    public String getAbuserFirstName() { return abuserFirstName; }
    public void setAbuserFirstName(String abuserFirstName) { this.abuserFirstName = abuserFirstName; }
    public String getAbuserLastName() { return abuserLastName; }
    public void setAbuserLastName(String abuserLastName) { this.abuserLastName = abuserLastName; }
    public String getAbuserPersonalNumber() { return abuserPersonalNumber; }
    public void setAbuserPersonalNumber(String abuserPersonalNumber) { this.abuserPersonalNumber = abuserPersonalNumber; }
    public List<String> getMatters() { return matters; }
    public void setMatters(List<String> matters) { this.matters = matters == null ? new ArrayList<>() : matters; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String validUntil) { this.validUntil = validUntil; }
    public String getVictimIsMinor() { return victimIsMinor; }
    public void setVictimIsMinor(String victimIsMinor) { this.victimIsMinor = victimIsMinor; }
    public String getMinorsConcerned() { return minorsConcerned; }
    public void setMinorsConcerned(String minorsConcerned) { this.minorsConcerned = minorsConcerned; }
    public String getVictimSigned() { return victimSigned; }
    public void setVictimSigned(String victimSigned) { this.victimSigned = victimSigned; }
    public String getVictimNotSignedBecause() { return victimNotSignedBecause; }
    public void setVictimNotSignedBecause(String victimNotSignedBecause) { this.victimNotSignedBecause = victimNotSignedBecause; }
    public String getAbuserSigned() { return abuserSigned; }
    public void setAbuserSigned(String abuserSigned) { this.abuserSigned = abuserSigned; }
    public String getAbuserNotSignedBecause() { return abuserNotSignedBecause; }
    public void setAbuserNotSignedBecause(String abuserNotSignedBecause) { this.abuserNotSignedBecause = abuserNotSignedBecause; }
    public String getIdempotencyKey() { return idempotencyKey; }
    /** Only a key the portal could have made is kept; anything else gets a fresh one. */
    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = IdempotencyKeys.keptOrFresh(idempotencyKey);
    }
}
