package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi;
import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.referral.api.ReferralSummary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A unit's open cases against their statutory clocks, for its supervisors and social workers: what is overdue (a
 * clock missed, or past its due time), what is due today (in Georgia), and what comes later; each group soonest first.
 */
@Controller
public class UnitClocksController {

    private static final ParameterizedTypeReference<List<ReferralSummary>> SUMMARIES = new ParameterizedTypeReference<>() {
    };

    private final PlatformApi api;
    private final Clock clock = Clock.system(GeorgianTime.ZONE);

    public UnitClocksController(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/portal/clocks")
    String clocks(Model model) {
        Instant now = clock.instant();
        Instant endOfToday = LocalDate.now(clock).plusDays(1).atStartOfDay(GeorgianTime.ZONE).toInstant();
        List<ReferralSummary> timed = api.referralsGet("/api/referrals?limit=200", SUMMARIES).stream()
                .filter(r -> r.nextClock() != null)
                .sorted(Comparator.comparing((ReferralSummary r) -> r.nextClock().dueAt()))
                .toList();
        model.addAttribute("overdue", timed.stream()
                .filter(r -> r.nextClock().missed() || r.nextClock().dueAt().isBefore(now)).toList());
        model.addAttribute("dueToday", timed.stream().filter(r -> !r.nextClock().missed()
                && !r.nextClock().dueAt().isBefore(now) && r.nextClock().dueAt().isBefore(endOfToday)).toList());
        model.addAttribute("later", timed.stream()
                .filter(r -> !r.nextClock().missed() && !r.nextClock().dueAt().isBefore(endOfToday)).toList());
        return "clocks";
    }
}
