package ge.mimartva.portal.web;

import java.util.Map;

/**
 * What every form about a victim asks (an order's protocol, L 10(3¹); an application for victim status, L 4(f)): the
 * referral it is about, the victim's identifying details or why some are unknown (L 10(3¹)(c¹)) and where they live;
 * and the key, made when the form is first shown, that makes sending it again after no answer safe.
 */
public abstract class VictimForm {

    private String referralId = "";
    private String victimFirstName = "";
    private String victimLastName = "";
    private String victimPersonalNumber = "";
    private String victimDateOfBirth = "";
    private String victimMunicipality = "";
    private String victimUnknownDetailsBecause = "";
    private String idempotencyKey = IdempotencyKeys.fresh();

    /** The form about the referral {@code referral} (its number, when it is one), or about none. */
    void about(String referral) {
        if (referral != null && referral.matches("[0-9a-f-]{36}")) {
            referralId = referral;
        }
    }

    /** The API's request, as typed: the service names every field that is missing or wrong. */
    abstract Map<String, Object> toRequest();

    /** The referral and the victim as {@code victimField}, put into {@code request}. */
    void putVictim(Map<String, Object> request, String victimField) {
        RequestBodies.text(request, "referralId", referralId);
        request.put(victimField, RequestBodies.person(victimFirstName, victimLastName, victimPersonalNumber,
                victimDateOfBirth, victimMunicipality, victimUnknownDetailsBecause));
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
    public String getIdempotencyKey() { return idempotencyKey; }
    /** Only a key the portal could have made is kept; anything else gets a fresh one. */
    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = IdempotencyKeys.keptOrFresh(idempotencyKey);
    }
}
