package ge.mimartva.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A court's protective order as its clerk records it (L 12): the victim and the abuser, the term (nine months at
 * most), whether the abuser must attend the behaviour-correction course, whether minors are concerned.
 */
public class ProtectiveOrderForm extends OrderForm {

    private String behaviourCorrectionCourse = "";

    @Override
    Map<String, Object> toRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        putCommon(request);
        RequestBodies.yesNo(request, "behaviourCorrectionCourse", behaviourCorrectionCourse);
        return request;
    }

    public String getBehaviourCorrectionCourse() { return behaviourCorrectionCourse; }
    public void setBehaviourCorrectionCourse(String value) { this.behaviourCorrectionCourse = value; }
}
