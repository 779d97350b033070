package ge.mimartva.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An application for victim status (L 4(f), 16¹) as a social worker, the police, a court or the Victim Identification
 * Group takes it: the victim (the applicant), whether it is made on a child's behalf, and the ground.
 */
public class VictimStatusApplicationForm extends VictimForm {

    private String ground = "";
    private String onBehalfOfChild = "";

    @Override
    Map<String, Object> toRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        putVictim(request, "applicant");
        RequestBodies.text(request, "ground", ground);
        RequestBodies.yesNo(request, "onBehalfOfChild", onBehalfOfChild);
        return request;
    }

    public String getGround() { return ground; }
    public void setGround(String ground) { this.ground = ground; }
    public String getOnBehalfOfChild() { return onBehalfOfChild; }
    public void setOnBehalfOfChild(String onBehalfOfChild) { this.onBehalfOfChild = onBehalfOfChild; }
}
