package ge.mimartva.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** A preservation request as the division's officer typed it; turned into the API's request. */
public class PreservationRequestForm {

    private String origin = "FOREIGN_CONTACT_POINT";
    private String requestingAuthority = "";
    private String requesterReference = "";
    private boolean receiptConfirmationRequested;
    private String referralId = "";
    private String offence = "";
    private String serviceProvider = "";
    /** One item of data to preserve a line: an account, an address, a message id, a period. */
    private String dataToPreserve = "";
    private String idempotencyKey = IdempotencyKeys.fresh();

    Map<String, Object> toRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("origin", origin);
        RequestBodies.text(request, "requestingAuthority", requestingAuthority);
        RequestBodies.text(request, "requesterReference", requesterReference);
        request.put("receiptConfirmationRequested", receiptConfirmationRequested);
        RequestBodies.text(request, "referralId", referralId);
        RequestBodies.text(request, "offence", offence);
        RequestBodies.text(request, "serviceProvider", serviceProvider);
        request.put("dataToPreserve", dataToPreserve.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        return request;
    }

    public String getOrigin() { return origin; }
    public void setOrigin(String origin) { this.origin = origin; }
    public String getRequestingAuthority() { return requestingAuthority; }
    public void setRequestingAuthority(String requestingAuthority) { this.requestingAuthority = requestingAuthority; }
    public String getRequesterReference() { return requesterReference; }
    public void setRequesterReference(String requesterReference) { this.requesterReference = requesterReference; }
    public boolean isReceiptConfirmationRequested() { return receiptConfirmationRequested; }
    public void setReceiptConfirmationRequested(boolean receiptConfirmationRequested) { this.receiptConfirmationRequested = receiptConfirmationRequested; }
    public String getReferralId() { return referralId; }
    public void setReferralId(String referralId) { this.referralId = referralId; }
    public String getOffence() { return offence; }
    public void setOffence(String offence) { this.offence = offence; }
    public String getServiceProvider() { return serviceProvider; }
    public void setServiceProvider(String serviceProvider) { this.serviceProvider = serviceProvider; }
    public String getDataToPreserve() { return dataToPreserve; }
    public void setDataToPreserve(String dataToPreserve) { this.dataToPreserve = dataToPreserve; }
    public String getIdempotencyKey() { return idempotencyKey; }
    /** Only a key the portal could have made is kept; anything else gets a fresh one. */
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = IdempotencyKeys.keptOrFresh(idempotencyKey); }
}
