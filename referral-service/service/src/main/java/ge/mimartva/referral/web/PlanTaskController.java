package ge.mimartva.referral.web;

import ge.mimartva.platform.web.ListParameters;
import ge.mimartva.platform.web.Page;
import ge.mimartva.platform.web.PageCursor;
import ge.mimartva.referral.api.PlanTaskView;
import ge.mimartva.referral.query.ReferralDocument;
import ge.mimartva.referral.query.ReferralQueries;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The tasks case conferences gave to the caller's body (a guardianship body, a school, the police), in the open cases,
 * newest case first, a page of cases at a time (the next in the {@code Link} header). Only the caller's own tasks,
 * never the rest of the case.
 */
@RestController
public class PlanTaskController {

    private final ReferralQueries queries;

    public PlanTaskController(ReferralQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/plan-tasks")
    public ResponseEntity<List<PlanTaskView>> tasks(@RequestParam(defaultValue = "50") int limit,
                                                    @RequestParam(required = false) String cursor,
                                                    HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        Page<ReferralDocument> cases = actor.body() == null ? Page.empty()
                : queries.withTasksOf(actor.body(), PageCursor.parse(cursor, 2), ListParameters.pageSize(limit, 200));
        return new Page<>(cases.items().stream().flatMap(referral -> tasksOf(referral, actor.body()).stream()).toList(),
                cases.next()).answer(request, task -> task);
    }

    private static List<PlanTaskView> tasksOf(ReferralDocument referral, String body) {
        return referral.planTasks().stream().filter(t -> body.equals(t.ownerBody()))
                .map(t -> new PlanTaskView(referral.referralId(), referral.municipality(), referral.owningUnit(),
                        t.task(), t.due(), referral.lastConferenceAt())).toList();
    }
}
