package ge.mimartva.platform.audit;

import ge.mimartva.platform.web.ListParameters;
import ge.mimartva.platform.web.PageCursor;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Auditors see who read a record: {@code GET /api/audit/{service}/record-reads/{recordId}} (the service's own name,
 * so the gateway can route it). To anyone else the reads of a record do not exist.
 */
@RestController
public class RecordReadController {

    private final RecordReadProjection reads;
    private final String service;

    public RecordReadController(RecordReadProjection reads, String service) {
        this.reads = reads;
        this.service = service;
    }

    /** A page of the record's reads, oldest first; when there is more, the {@code Link} header names the next page. */
    @GetMapping("/api/audit/{service}/record-reads/{recordId}")
    public ResponseEntity<List<RecordReadDocument>> reads(@PathVariable String service, @PathVariable UUID recordId,
                                                          @RequestParam(defaultValue = "100") int limit,
                                                          @RequestParam(required = false) String cursor,
                                                          HttpServletRequest request) {
        if (!this.service.equals(service) || !CurrentActor.get().hasRole(Role.AUDITOR)) {
            throw new RecordNotFoundException("record reads");
        }
        int size = ListParameters.pageSize(limit, 500);
        return reads.readsOf(recordId.toString(), PageCursor.parse(cursor, 2), size).answer(request, read -> read);
    }
}
