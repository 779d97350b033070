package ge.mimartva.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import ge.mimartva.portal.api.PlatformApi;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The lifecycle actions of a case, from its page: each names the version the social worker saw, so an action on a
 * case that changed meanwhile is refused, and the page says why. What a step needs is the service's to check; the
 * page only passes on what was filled in. After a step the case's page is shown with the version the step recorded,
 * so a page read before the case's record caught up offers nothing to act on until it has.
 */
@Controller
public class CaseActionsController {

    /** Every action of the referral API, by its path below the referral. */
    static final Set<String> ACTIONS = Set.of("triage", "redirect", "assign", "first-contact", "assess", "decide",
            "appeals", "conference", "reviews", "close", "close/approve", "close/reject", "reopen", "transfer",
            "transfer/accept", "transfer/reject", "police-report", "separation-enforcement", "separation-disobedience",
            "weapons-restriction", "interviews", "representative");

    private final PlatformApi api;

    public CaseActionsController(PlatformApi api) {
        this.api = api;
    }

    @PostMapping({"/portal/referrals/{referralId}/actions/{action}", "/portal/referrals/{referralId}/actions/{action}/{answer}"})
    String act(@PathVariable UUID referralId, @PathVariable String action,
               @PathVariable(required = false) String answer, @RequestParam MultiValueMap<String, String> form,
               RedirectAttributes redirect) {
        String step = answer == null ? action : action + "/" + answer;
        String page = "redirect:/portal/referrals/" + referralId;
        if (!ACTIONS.contains(step)) {
            redirect.addFlashAttribute("actionError", "error.invalid");
            return page;
        }
        try {
            JsonNode outcome = api.referralsPost("/api/referrals/" + referralId + "/" + step, body(step, form));
            return page + "?done=" + step + "&recorded=" + outcome.path("version").asLong();
        } catch (PlatformApi.Refused refused) {
            Refusals.showAfterRedirect(redirect, refused);
            return page;
        }
    }

    /** The API's request for a step, from the fields its form sends. */
    static Map<String, Object> body(String step, MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        String version = form.getFirst("expectedVersion");
        body.put("expectedVersion", version != null && version.matches("\\d{1,18}") ? Long.valueOf(version) : null);
        for (String field : List.of("urgency", "socialWorker", "outcome", "reason", "redirectedTo", "toUnit",
                "lessStringentMeasuresFailBecause", "childOpinion", "placementProvider", "lodgedBy", "lodgedOn",
                "reportReference", "notEnforcedBecause", "validUntil", "representative")) {
            String value = form.getFirst(field);
            if (value != null && !value.isBlank()) {
                body.put(field, value.strip());
            }
        }
        switch (step) {
            case "first-contact" -> body.put("contactedAt", Instant.now().toString());
            case "police-report" -> body.put("submittedAt", Instant.now().toString());
            case "separation-enforcement" -> {
                body.put("at", Instant.now().toString());
                RequestBodies.yesNo(body, "enforced", form.getFirst("enforced"));
            }
            case "separation-disobedience" -> body.put("occurredAt", Instant.now().toString());
            case "decide" -> body.put("measures", form.getOrDefault("measures", List.of()));
            case "reviews" -> body.put("riskPersists", form.containsKey("riskPersists")
                    ? Boolean.valueOf(form.getFirst("riskPersists")) : null);
            case "interviews" -> {
                RequestBodies.georgianDateTime(body, "interviewedAt", form.getFirst("interviewedAt"));
                body.put("attendees", form.getOrDefault("attendees", List.of()));
                body.put("protocolSharedWith", form.getOrDefault("protocolSharedWith", List.of()));
            }
            case "representative" -> {
                RequestBodies.yesNo(body, "allegedAbuser", form.getFirst("allegedAbuser"));
                RequestBodies.yesNo(body, "conflictOfInterest", form.getFirst("conflictOfInterest"));
            }
            case "conference" -> {
                body.put("heldAt", Instant.now().toString());
                body.put("participants", Arrays.stream(String.valueOf(form.getFirst("participants")).split(","))
                        .map(String::strip).filter(p -> !p.isEmpty() && !p.equals("null")).toList());
                body.put("tasks", List.of(task(form)));
            }
            default -> {
                // the fields above are all the step sends
            }
        }
        return body;
    }

    private static Map<String, Object> task(MultiValueMap<String, String> form) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("ownerBody", form.getFirst("taskOwner"));
        task.put("task", form.getFirst("task"));
        task.put("due", form.getFirst("taskDue"));
        return task;
    }
}
