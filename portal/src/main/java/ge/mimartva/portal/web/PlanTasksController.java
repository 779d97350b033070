package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi;
import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.referral.api.PlanTaskView;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Clock;
import java.util.List;

/**
 * The tasks case conferences gave to the reader's body (L 14¹) — a guardianship body's part of a case plan, a
 * school's, the police's — in the open cases, with when each is due; past-due ones stand out.
 */
@Controller
public class PlanTasksController {

    private static final ParameterizedTypeReference<List<PlanTaskView>> TASKS = new ParameterizedTypeReference<>() {
    };

    private final PlatformApi api;
    private final Clock clock = Clock.system(GeorgianTime.ZONE);

    public PlanTasksController(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/portal/tasks")
    String tasks(@ModelAttribute("filter") PlainListFilter filter, Model model) {
        filter.show(model, "/portal/tasks", "tasks", () -> api.referralsPage(filter.apiQuery("/api/plan-tasks", 50), TASKS));
        model.addAttribute("today", GeorgianTime.today(clock));
        return "tasks";
    }
}
