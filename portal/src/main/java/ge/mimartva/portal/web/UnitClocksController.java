package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi;
import ge.mimartva.portal.api.PlatformApi.ListPage;
import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.referral.api.ReferralSummary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A unit's open cases against their statutory clocks, for its supervisors and social workers: what is overdue (a
 * clock missed, or past its due time), what is due today (in Georgia), and what comes later; each group soonest first.
 */
@Controller
public class UnitClocksController {

    private static final ParameterizedTypeReference<List<ReferralSummary>> SUMMARIES = new ParameterizedTypeReference<>() {
    };

    /** Pages of 200 read for what is due by tonight: 5,000 cases, more than a unit could act on in a day. */
    static final int MAX_PAGES = 25;

    private final PlatformApi api;
    private final Clock clock = Clock.system(GeorgianTime.ZONE);

    public UnitClocksController(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/portal/clocks")
    String clocks(Model model) {
        Instant now = clock.instant();
        Instant endOfToday = GeorgianTime.endOf(LocalDate.now(clock));
        // Every case due by tonight, however many (page after page, to a bound a person could still read), and the
        // newest cases for what comes later.
        List<ReferralSummary> dueByTonight = new ArrayList<>();
        Optional<String> next = Optional.of("");
        int pages = 0;
        while (next.isPresent() && pages++ < MAX_PAGES) {
            ListPage<ReferralSummary> page = api.referralsPage("/api/referrals?limit=200&dueBefore=" + endOfToday
                    + (next.get().isEmpty() ? "" : "&cursor=" + next.get()), SUMMARIES);
            dueByTonight.addAll(page.items());
            next = page.next();
        }
        model.addAttribute("more", next.isPresent());
        List<ReferralSummary> due = soonestFirst(dueByTonight);
        model.addAttribute("overdue", due.stream()
                .filter(r -> r.nextClock().missed() || r.nextClock().dueAt().isBefore(now)).toList());
        model.addAttribute("dueToday", due.stream().filter(r -> !r.nextClock().missed()
                && !r.nextClock().dueAt().isBefore(now) && r.nextClock().dueAt().isBefore(endOfToday)).toList());
        model.addAttribute("later", soonestFirst(api.referralsPage("/api/referrals?limit=200", SUMMARIES).items()).stream()
                .filter(r -> !r.nextClock().missed() && !r.nextClock().dueAt().isBefore(endOfToday)).toList());
        return "clocks";
    }

    private static List<ReferralSummary> soonestFirst(List<ReferralSummary> referrals) {
        return referrals.stream().filter(r -> r.nextClock() != null)
                .sorted(Comparator.comparing((ReferralSummary r) -> r.nextClock().dueAt())).toList();
    }
}
