package ge.mimartva.portal.web;

import ge.mimartva.reference.GeorgianTime;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A penitentiary institution's notice as its officer fills it in (L 17¹(3)): what happens to the perpetrator and when
 * (Tbilisi time), who the perpetrator is, where the victim lives (which decides the police district told), and the
 * referral when known.
 */
public class PenitentiaryNoticeForm {

    private String movement = "";
    private String effectiveAt = "";
    private String perpetratorFirstName = "";
    private String perpetratorLastName = "";
    private String perpetratorPersonalNumber = "";
    private String perpetratorDateOfBirth = "";
    private String perpetratorUnknownDetailsBecause = "";
    private String victimMunicipality = "";
    private String referralId = "";
    /** Made when the form is first shown: sent again after no answer, the notice is recorded once. */
    private String idempotencyKey = IdempotencyKeys.fresh();

    Map<String, Object> toRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        RequestBodies.text(request, "referralId", referralId);
        RequestBodies.text(request, "movement", movement);
        RequestBodies.text(request, "effectiveAt", instantOf(effectiveAt));
        request.put("perpetrator", RequestBodies.person(perpetratorFirstName, perpetratorLastName,
                perpetratorPersonalNumber, perpetratorDateOfBirth, "", perpetratorUnknownDetailsBecause));
        RequestBodies.text(request, "victimMunicipality", victimMunicipality);
        return request;
    }

    /** The browser's local date and time, read as Tbilisi's; anything else goes as typed, for the service to name. */
    private static String instantOf(String localDateTime) {
        try {
            return LocalDateTime.parse(localDateTime.strip()).atZone(GeorgianTime.ZONE).toInstant().toString();
        } catch (DateTimeParseException e) {
            return localDateTime;
        }
    }

    public String getMovement() { return movement; }
    public void setMovement(String movement) { this.movement = movement; }
    public String getEffectiveAt() { return effectiveAt; }
    public void setEffectiveAt(String effectiveAt) { this.effectiveAt = effectiveAt; }
    public String getPerpetratorFirstName() { return perpetratorFirstName; }
    public void setPerpetratorFirstName(String value) { this.perpetratorFirstName = value; }
    public String getPerpetratorLastName() { return perpetratorLastName; }
    public void setPerpetratorLastName(String value) { this.perpetratorLastName = value; }
    public String getPerpetratorPersonalNumber() { return perpetratorPersonalNumber; }
    public void setPerpetratorPersonalNumber(String value) { this.perpetratorPersonalNumber = value; }
    public String getPerpetratorDateOfBirth() { return perpetratorDateOfBirth; }
    public void setPerpetratorDateOfBirth(String value) { this.perpetratorDateOfBirth = value; }
    public String getPerpetratorUnknownDetailsBecause() { return perpetratorUnknownDetailsBecause; }
    public void setPerpetratorUnknownDetailsBecause(String value) { this.perpetratorUnknownDetailsBecause = value; }
    public String getVictimMunicipality() { return victimMunicipality; }
    public void setVictimMunicipality(String victimMunicipality) { this.victimMunicipality = victimMunicipality; }
    public String getIdempotencyKey() { return idempotencyKey; }
    /** Only a key the portal could have made is kept; anything else gets a fresh one. */
    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = IdempotencyKeys.keptOrFresh(idempotencyKey);
    }
    public String getReferralId() { return referralId; }
    public void setReferralId(String referralId) { this.referralId = referralId; }
}
