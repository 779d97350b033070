package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi;
import ge.mimartva.reference.CooperationPartners;
import ge.mimartva.reference.ReferenceData;
import ge.mimartva.referral.api.InternationalExchanges.Channel;
import ge.mimartva.referral.api.InternationalExchanges.IcseContribution;
import ge.mimartva.referral.api.InternationalExchanges.InternationalExchangeView;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.security.Role;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the Cyber Crime Division sent abroad (Lanzarote answers, Q13.2(b)): the records newest first, and, for the
 * division, the form that records one (through INTERPOL, whether the material went to ICSE and why not).
 */
@Controller
public class InternationalExchangesController {

    /** The form as the division's officer filled it in. */
    public static class ExchangeForm {
        private String channel = "";
        private String counterpart = "";
        private String referralId = "";
        private String requestId = "";
        private String sent = "";
        private String materialHash = "";
        private String icseContribution = "";
        private String icseReason = "";
        private String idempotencyKey = IdempotencyKeys.fresh();

        Map<String, Object> toRequest() {
            Map<String, Object> request = new LinkedHashMap<>();
            RequestBodies.text(request, "channel", channel);
            RequestBodies.text(request, "counterpart", counterpart);
            RequestBodies.text(request, "referralId", referralId);
            RequestBodies.text(request, "requestId", requestId);
            RequestBodies.text(request, "sent", sent);
            RequestBodies.text(request, "materialHash", materialHash);
            RequestBodies.text(request, "icseContribution", icseContribution);
            RequestBodies.text(request, "icseReason", icseReason);
            return request;
        }

        public String getChannel() { return channel; }
        public void setChannel(String channel) { this.channel = channel; }
        public String getCounterpart() { return counterpart; }
        public void setCounterpart(String counterpart) { this.counterpart = counterpart; }
        public String getReferralId() { return referralId; }
        public void setReferralId(String referralId) { this.referralId = referralId; }
        public String getRequestId() { return requestId; }
        public void setRequestId(String requestId) { this.requestId = requestId; }
        public String getSent() { return sent; }
        public void setSent(String sent) { this.sent = sent; }
        public String getMaterialHash() { return materialHash; }
        public void setMaterialHash(String materialHash) { this.materialHash = materialHash; }
        public String getIcseContribution() { return icseContribution; }
        public void setIcseContribution(String icseContribution) { this.icseContribution = icseContribution; }
        public String getIcseReason() { return icseReason; }
        public void setIcseReason(String icseReason) { this.icseReason = icseReason; }
        public String getIdempotencyKey() { return idempotencyKey; }
        public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = IdempotencyKeys.keptOrFresh(idempotencyKey); }
    }

    static final String EXCHANGES = "/api/international-exchanges";
    static final int PAGE = 50;
    private static final ParameterizedTypeReference<List<InternationalExchangeView>> LISTED = new ParameterizedTypeReference<>() {
    };

    private final PlatformApi api;
    private final CooperationPartners partners;

    public InternationalExchangesController(PlatformApi api, ReferenceData reference) {
        this.api = api;
        this.partners = reference.cooperationPartners();
    }

    @GetMapping("/portal/international-exchanges")
    String exchanges(@ModelAttribute("filter") PlainListFilter filter, @RequestParam(required = false) String done,
                     Model model, Locale locale) {
        boolean acts = CurrentActor.get().hasRole(Role.CYBER_CRIME_INVESTIGATOR);
        if (acts && !model.containsAttribute("form")) {
            model.addAttribute("form", new ExchangeForm());
        }
        filter.show(model, "/portal/international-exchanges", "exchanges", () -> api.referralsPage(filter.apiQuery(EXCHANGES, PAGE), LISTED));
        model.addAttribute("acts", acts);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("icse", IcseContribution.values());
        model.addAttribute("counterparts", partners.all().stream()
                .filter(p -> p.kind() != CooperationPartners.Kind.SERVICE_PROVIDER)
                .map(p -> new Choice(p.id(), locale.getLanguage().equals("ka") ? p.nameKa() : p.name())).toList());
        model.addAttribute("done", done);
        return "international-exchanges";
    }

    @PostMapping("/portal/international-exchanges")
    String record(@ModelAttribute("form") ExchangeForm form, @ModelAttribute("filter") PlainListFilter filter,
                  Model model, Locale locale) {
        try {
            api.referralsPost(EXCHANGES, form.toRequest(), form.getIdempotencyKey());
            return "redirect:/portal/international-exchanges?done=recorded";
        } catch (PlatformApi.Refused refused) {
            Refusals.showOnForm(model, refused);
            return exchanges(filter, null, model, locale);
        }
    }
}
