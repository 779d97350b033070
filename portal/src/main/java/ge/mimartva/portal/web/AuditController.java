package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi;
import ge.mimartva.portal.api.PlatformApi.ListPage;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The auditor's page: every read of a referral's record (and every refused attempt), oldest first, page by page: who,
 * with which role and body, when, and why (Art. 19's confidentiality made checkable); and the way to the referral's
 * whole chain. To anyone else the reads do not exist (the service answers 404).
 */
@Controller
public class AuditController {

    /** One read as the service records it: codes and ids only, never the child's data. */
    public record RecordRead(String eventId, String record, String recordId, String readerUsername, String readerRole,
                             String readerBody, String purpose, Instant readAt, boolean refused) {
    }

    static final int PAGE = 50;
    private static final ParameterizedTypeReference<List<RecordRead>> READS = new ParameterizedTypeReference<>() {
    };

    private final PlatformApi api;

    public AuditController(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/portal/audit")
    String reads(@RequestParam(required = false) String referral, @RequestParam(required = false) String cursor,
                 Model model) {
        String number = referral == null ? "" : referral.strip();
        model.addAttribute("referral", number);
        if (number.isEmpty()) {
            return "audit";
        }
        Optional<UUID> referralId = parse(number);
        if (referralId.isEmpty()) {
            model.addAttribute("fieldErrors", Map.of("referral", "error.invalid"));
            return "audit";
        }
        UriComponentsBuilder path = UriComponentsBuilder.fromPath("/api/audit/referral-service/record-reads/{id}")
                .queryParam("limit", PAGE);
        if (cursor != null && !cursor.isBlank()) {
            path.queryParam("cursor", cursor);
        }
        ListPage<RecordRead> page = api.referralsPage(path.buildAndExpand(referralId.get()).encode().toUriString(), READS);
        model.addAttribute("referralId", referralId.get());
        model.addAttribute("reads", page.items());
        model.addAttribute("firstPage", cursor == null || cursor.isBlank());
        model.addAttribute("first", pageAt(referralId.get(), null));
        model.addAttribute("next", page.next().map(at -> pageAt(referralId.get(), at)).orElse(null));
        return "audit";
    }

    private static String pageAt(UUID referralId, String cursor) {
        UriComponentsBuilder page = UriComponentsBuilder.fromPath("/portal/audit").queryParam("referral", referralId);
        if (cursor != null) {
            page.queryParam("cursor", cursor);
        }
        return page.encode().build().toUriString();
    }

    private static Optional<UUID> parse(String number) {
        try {
            return number.length() == 36 ? Optional.of(UUID.fromString(number)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
