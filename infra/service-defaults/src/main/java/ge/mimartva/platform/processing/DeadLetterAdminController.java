package ge.mimartva.platform.processing;

import ge.mimartva.platform.web.PlatformAccess;
import ge.mimartva.platform.web.RecordNotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Operators see the events this service's handlers put aside, and hand them back once the cause is mended
 * (administrators only): {@code GET /api/admin/dead-letters}, {@code POST /api/admin/dead-letters/{group}/retry}.
 */
@RestController
public class DeadLetterAdminController {

    /** A processing group's letters, and how many there are in all. */
    public record GroupLetters(String processingGroup, long count, List<DeadLetters.Letter> letters) {
    }

    private final DeadLetters deadLetters;

    public DeadLetterAdminController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/admin/dead-letters")
    public ResponseEntity<List<GroupLetters>> list(@RequestParam(defaultValue = "100") int limit) {
        requireAdministrator();
        int size = Math.max(1, Math.min(limit, 500));
        List<GroupLetters> groups = deadLetters.processingGroups().stream()
                .map(g -> new GroupLetters(g, deadLetters.count(g), deadLetters.list(g, size)))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(groups);
    }

    @PostMapping("/api/admin/dead-letters/{processingGroup}/retry")
    public ResponseEntity<DeadLetters.RetryOutcome> retry(@PathVariable String processingGroup) {
        requireAdministrator();
        if (!deadLetters.isKnown(processingGroup)) {
            throw new RecordNotFoundException("processing group");
        }
        return ResponseEntity.ok(deadLetters.retry(processingGroup));
    }

    private static void requireAdministrator() {
        PlatformAccess.administrator("Only administrators may see or retry dead-lettered events.");
    }
}
