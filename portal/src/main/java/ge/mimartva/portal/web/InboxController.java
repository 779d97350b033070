package ge.mimartva.portal.web;

import ge.mimartva.notification.api.InboxItem;
import ge.mimartva.portal.api.PlatformApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A receiving body's inbox: overdue notifications first, and each acknowledged from here. */
@Controller
public class InboxController {

    private static final ParameterizedTypeReference<List<InboxItem>> ITEMS = new ParameterizedTypeReference<>() {
    };

    private final PlatformApi api;

    public InboxController(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/portal/inbox")
    String inbox(Model model) {
        List<InboxItem> items = api.notificationsGet("/api/notifications?limit=200", ITEMS).stream()
                .sorted(Comparator.comparing(InboxItem::overdue).reversed()
                        .thenComparing(InboxItem::issuedAt, Comparator.reverseOrder()))
                .toList();
        model.addAttribute("items", items);
        return "inbox";
    }

    @PostMapping("/portal/inbox/{notificationId}/acknowledgement")
    String acknowledge(@PathVariable UUID notificationId) {
        api.notificationsPost("/api/notifications/" + notificationId + "/acknowledgement");
        return "redirect:/portal/inbox";
    }
}
