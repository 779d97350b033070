package ge.mimartva.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import ge.mimartva.portal.api.PlatformApi;
import ge.mimartva.reference.Territory;
import ge.mimartva.reference.PlacementProviders;
import ge.mimartva.reference.ReferenceData;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.referral.api.AbuserRelation;
import ge.mimartva.referral.api.ChainEntry;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.OnlineAbuseKind;
import ge.mimartva.referral.api.ReferralDetails;
import ge.mimartva.referral.api.ReferralStatus;
import ge.mimartva.referral.api.ReferralSummary;
import ge.mimartva.security.CurrentActor;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Filing a referral, the lists of referrals (an institution's, a unit's queue) and a case with its timeline. */
@Controller
public class ReferralsController {

    private static final ParameterizedTypeReference<List<ReferralSummary>> SUMMARIES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<ChainEntry>> CHAIN = new ParameterizedTypeReference<>() {
    };

    private final PlatformApi api;
    private final TerritoryDirectory territories;
    private final MunicipalityChoices municipalities;
    private final PlacementProviders placementProviders;

    public ReferralsController(PlatformApi api, TerritoryDirectory territories, MunicipalityChoices municipalities,
                               ReferenceData reference) {
        this.api = api;
        this.territories = territories;
        this.municipalities = municipalities;
        this.placementProviders = reference.placementProviders();
    }

    @GetMapping("/portal/referrals/new")
    String newReferral(@RequestParam(defaultValue = "false") boolean immediateDanger,
                       @RequestParam(required = false) List<Concern> concerns, Model model, Locale locale) {
        ReferralForm form = new ReferralForm();
        form.setImmediateDanger(immediateDanger);
        if (concerns != null) {
            form.setConcerns(concerns.stream().map(Enum::name).toList());
        }
        return form(form, model, locale);
    }

    @PostMapping("/portal/referrals")
    String file(@ModelAttribute("form") ReferralForm form, Model model, Locale locale) {
        try {
            JsonNode filed = api.fileReferral(form.toRequest(CurrentActor.get().body()), form.getIdempotencyKey());
            return "redirect:/portal/referrals?filed=" + filed.path("referralId").asText();
        } catch (PlatformApi.Refused refused) {
            model.addAttribute("fieldErrors", ApiMessages.byField(refused.errors()));
            model.addAttribute("refusedStatus", refused.status());
            return form(form, model, locale);
        }
    }

    private String form(ReferralForm form, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("concerns", Concern.values());
        model.addAttribute("relations", AbuserRelation.values());
        model.addAttribute("onlineKinds", OnlineAbuseKind.values());
        model.addAttribute("municipalities", municipalities.options(locale));
        return "referral-form";
    }


    /** Referrals on one page of a list. */
    static final int PAGE = 50;

    /** A list of referrals' filters: besides every list's, the case's status. */
    public static class ReferralListFilter extends ListFilter {
        private String status = "";

        @Override
        protected void addOwn(UriComponentsBuilder uri) {
            optional(uri, "status", status);
        }

        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = orEmpty(status); }
    }

    /** The caller's list (a unit's queue, a worker's cases, an institution's referrals), newest first, page by page. */
    @GetMapping("/portal/referrals")
    String list(@RequestParam(required = false) String filed, @ModelAttribute("filter") ReferralListFilter filter,
                Model model, Locale locale) {
        filter.show(model, "/portal/referrals", "referrals",
                () -> api.referralsPage(filter.apiQuery("/api/referrals", PAGE), SUMMARIES));
        model.addAttribute("filed", filed);
        model.addAttribute("statuses", ReferralStatus.values());
        model.addAttribute("municipalities", municipalities.options(locale));
        return "referrals";
    }

    @GetMapping("/portal/referrals/{referralId}")
    String referral(@PathVariable UUID referralId, @RequestParam(required = false) String done,
                    @RequestParam(required = false) Long recorded, Model model, Locale locale) {
        ReferralDetails referral = api.referralsFind("/api/referrals/" + referralId, ReferralDetails.class)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("referral", referral);
        model.addAttribute("municipality", municipalities.nameOf(referral.child().municipality(), locale));
        if (referral.caseFile() != null) {
            model.addAttribute("chain", api.referralsGet("/api/referrals/" + referralId + "/chain", CHAIN));
            model.addAttribute("units", territories.all().stream().map(Territory::agencyUnit).distinct()
                    .filter(unit -> !unit.id().equals(referral.caseFile().owningUnit()))
                    .sorted(Comparator.comparing(Territory.Body::name))
                    .map(unit -> new Choice(unit.id(), unit.name())).toList());
            boolean georgian = locale.getLanguage().equals("ka");
            model.addAttribute("placements", placementProviders.all().stream()
                    .map(p -> new Choice(p.id(), georgian ? p.nameKa() : p.name())).toList());
        }
        model.addAttribute("done", done);
        model.addAttribute("recorded", recorded);
        model.addAttribute("catchingUp", recorded != null && referral.version() != null && referral.version() < recorded);
        return "referral";
    }

    /**
     * The case's summary for a court or a case conference, in the reader's language (Georgian first), laid out to
     * print or save as PDF from the browser: the child, the report, the decisions, the proceedings, the plan, the
     * statutory clocks and the timeline of what was done (the reads of the record left out: they are the audit's).
     * Only those who may see the case file (the owning unit's staff, auditors) have a summary; to others it does not
     * exist.
     */
    @GetMapping("/portal/referrals/{referralId}/summary")
    String summary(@PathVariable UUID referralId, Model model, Locale locale) {
        ReferralDetails referral = api.referralsFind("/api/referrals/" + referralId, ReferralDetails.class)
                .filter(r -> r.caseFile() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("referral", referral);
        model.addAttribute("municipality", municipalities.nameOf(referral.child().municipality(), locale));
        model.addAttribute("chain", api.referralsGet("/api/referrals/" + referralId + "/chain", CHAIN).stream()
                .filter(e -> !e.type().equals("RecordRead")).toList());
        model.addAttribute("preparedAt", Instant.now());
        return "case-summary";
    }
}
