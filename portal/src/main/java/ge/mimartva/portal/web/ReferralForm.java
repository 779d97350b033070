package ge.mimartva.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The referral form as the reporter filled it in; turned into the API's request as typed. */
public class ReferralForm {


    private String firstName = "";
    private String lastName = "";
    private String personalNumber = "";
    private String dateOfBirth = "";
    private String approximateAge = "";
    private String municipality = "";
    private List<String> concerns = new ArrayList<>();
    private String description = "";
    private boolean immediateDanger;
    private String otherChildrenAtRisk = "";
    private String abuserRelation = "";
    private String abuserWeapons = "";
    private List<String> onlineKinds = new ArrayList<>();
    private String onlinePlatform = "";
    /** Where the material is, one reference a line (never the material itself). */
    private String onlineReferences = "";
    /**
     * Made when the form is first shown and sent back with it: the service files one referral per key, so a reporter
     * who sends again after an unanswered or refused attempt never files the same referral twice.
     */
    private String idempotencyKey = IdempotencyKeys.fresh();

    /**
     * The API's request, with what the reporter left empty left out, so the service names every missing field; what
     * is not a number or a date is sent as typed, and the service says so.
     */
    Map<String, Object> toRequest(String reportingBody) {
        Map<String, Object> child = new LinkedHashMap<>();
        RequestBodies.text(child, "firstName", firstName);
        RequestBodies.text(child, "lastName", lastName);
        RequestBodies.text(child, "personalNumber", personalNumber);
        RequestBodies.text(child, "dateOfBirth", dateOfBirth);
        if (!approximateAge.isBlank()) {
            child.put("approximateAge", approximateAge.strip().matches("\\d{1,3}") ? Integer.valueOf(approximateAge.strip())
                    : approximateAge);
        }
        RequestBodies.text(child, "municipality", municipality);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("reportingBody", reportingBody);
        request.put("child", child);
        request.put("concerns", concerns);
        RequestBodies.text(request, "description", description);
        request.put("immediateDanger", immediateDanger);
        if (!otherChildrenAtRisk.isBlank()) {
            request.put("otherChildrenAtRisk", Boolean.valueOf(otherChildrenAtRisk));
        }
        if (!abuserRelation.isBlank()) {
            Map<String, Object> abuser = new LinkedHashMap<>();
            abuser.put("relationToChild", abuserRelation);
            RequestBodies.yesNo(abuser, "accessToWeapons", abuserWeapons);
            request.put("allegedAbuser", abuser);
        }
        List<String> references = onlineReferences.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (!onlineKinds.isEmpty() || !onlinePlatform.isBlank() || !references.isEmpty()) {
            Map<String, Object> online = new LinkedHashMap<>();
            online.put("kinds", onlineKinds);
            RequestBodies.text(online, "platform", onlinePlatform);
            online.put("references", references);
            request.put("onlineElement", online);
        }
        return request;
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getPersonalNumber() { return personalNumber; }
    public void setPersonalNumber(String personalNumber) { this.personalNumber = personalNumber; }
    public String getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getApproximateAge() { return approximateAge; }
    public void setApproximateAge(String approximateAge) { this.approximateAge = approximateAge; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public List<String> getConcerns() { return concerns; }
    public void setConcerns(List<String> concerns) { this.concerns = concerns == null ? new ArrayList<>() : concerns; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isImmediateDanger() { return immediateDanger; }
    public void setImmediateDanger(boolean immediateDanger) { this.immediateDanger = immediateDanger; }
    public String getOtherChildrenAtRisk() { return otherChildrenAtRisk; }
    public void setOtherChildrenAtRisk(String otherChildrenAtRisk) { this.otherChildrenAtRisk = otherChildrenAtRisk; }
    public String getAbuserRelation() { return abuserRelation; }
    public void setAbuserRelation(String abuserRelation) { this.abuserRelation = abuserRelation; }
    public String getAbuserWeapons() { return abuserWeapons; }
    public void setAbuserWeapons(String abuserWeapons) { this.abuserWeapons = abuserWeapons; }
    public List<String> getOnlineKinds() { return onlineKinds; }
    public void setOnlineKinds(List<String> onlineKinds) { this.onlineKinds = onlineKinds == null ? new ArrayList<>() : onlineKinds; }
    public String getOnlinePlatform() { return onlinePlatform; }
    public void setOnlinePlatform(String onlinePlatform) { this.onlinePlatform = onlinePlatform; }
    public String getOnlineReferences() { return onlineReferences; }
    public void setOnlineReferences(String onlineReferences) { this.onlineReferences = onlineReferences; }
    public String getIdempotencyKey() { return idempotencyKey; }
    /** Only a key the portal could have made is kept; anything else (missing, forged, oversized) gets a fresh one. */
    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = IdempotencyKeys.keptOrFresh(idempotencyKey);
    }
}
