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
public class RestrainingOrderForm extends OrderForm {

    private String place = "";
    private String circumstances = "";
    private List<String> matters = new ArrayList<>();
    private String victimIsMinor = "";
    private String victimSigned = "";
    private String victimNotSignedBecause = "";
    private String abuserSigned = "";
    private String abuserNotSignedBecause = "";

    @Override
    Map<String, Object> toRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        putCommon(request);
        RequestBodies.text(request, "place", place);
        RequestBodies.text(request, "circumstances", circumstances);
        request.put("matters", matters);
        RequestBodies.yesNo(request, "victimIsMinor", victimIsMinor);
        RequestBodies.yesNo(request, "victimSigned", victimSigned);
        RequestBodies.text(request, "victimNotSignedBecause", victimNotSignedBecause);
        RequestBodies.yesNo(request, "abuserSigned", abuserSigned);
        RequestBodies.text(request, "abuserNotSignedBecause", abuserNotSignedBecause);
        return request;
    }

    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getCircumstances() { return circumstances; }
    public void setCircumstances(String circumstances) { this.circumstances = circumstances; }
    public List<String> getMatters() { return matters; }
    public void setMatters(List<String> matters) { this.matters = matters == null ? new ArrayList<>() : matters; }
    public String getVictimIsMinor() { return victimIsMinor; }
    public void setVictimIsMinor(String victimIsMinor) { this.victimIsMinor = victimIsMinor; }
    public String getVictimSigned() { return victimSigned; }
    public void setVictimSigned(String victimSigned) { this.victimSigned = victimSigned; }
    public String getVictimNotSignedBecause() { return victimNotSignedBecause; }
    public void setVictimNotSignedBecause(String victimNotSignedBecause) { this.victimNotSignedBecause = victimNotSignedBecause; }
    public String getAbuserSigned() { return abuserSigned; }
    public void setAbuserSigned(String abuserSigned) { this.abuserSigned = abuserSigned; }
    public String getAbuserNotSignedBecause() { return abuserNotSignedBecause; }
    public void setAbuserNotSignedBecause(String abuserNotSignedBecause) { this.abuserNotSignedBecause = abuserNotSignedBecause; }
}
