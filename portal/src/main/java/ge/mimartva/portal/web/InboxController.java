package ge.mimartva.portal.web;

import ge.mimartva.notification.api.InboxItem;
import ge.mimartva.notification.api.NotificationContract;
import ge.mimartva.portal.api.PlatformApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A receiving body's inbox, a page at a time: what is still to acknowledge first, the earliest due first (the overdue
 * lead), then what was acknowledged; narrowed by state, overdue, row of the matrix, municipality and a referral's
 * number; each acknowledged from here. However long the inbox, the next page is a link away.
 */
@Controller
public class InboxController {

    /** Notifications on one page. */
    static final int PAGE = 50;
    private static final ParameterizedTypeReference<List<InboxItem>> ITEMS = new ParameterizedTypeReference<>() {
    };

    /** The inbox's filters: besides every list's, its state and the row of the matrix. */
    public static class InboxFilter extends ListFilter {
        private String state = "";
        private String rule = "";

        @Override
        protected void addOwn(UriComponentsBuilder uri) {
            optional(uri, "state", state);
            optional(uri, "rule", rule);
        }

        public String getState() { return state; }
        public void setState(String state) { this.state = orEmpty(state); }
        public String getRule() { return rule; }
        public void setRule(String rule) { this.rule = orEmpty(rule); }
    }

    private final PlatformApi api;
    private final MunicipalityChoices municipalities;

    public InboxController(PlatformApi api, MunicipalityChoices municipalities) {
        this.api = api;
        this.municipalities = municipalities;
    }

    @GetMapping("/portal/inbox")
    String inbox(@ModelAttribute("filter") InboxFilter filter, Model model, Locale locale) {
        filter.show(model, "/portal/inbox", "items",
                () -> api.notificationsPage(filter.apiQuery("/api/notifications", PAGE), ITEMS));
        model.addAttribute("rules", NotificationContract.RULES);
        model.addAttribute("municipalities", municipalities.options(locale));
        return "inbox";
    }

    /** Acknowledges, and shows the first page of the same filter again (the item has moved to the acknowledged). */
    @PostMapping("/portal/inbox/{notificationId}/acknowledgement")
    String acknowledge(@PathVariable UUID notificationId, @ModelAttribute("filter") InboxFilter filter) {
        api.notificationsPost("/api/notifications/" + notificationId + "/acknowledgement");
        return "redirect:" + filter.pageAt("/portal/inbox", null);
    }
}
