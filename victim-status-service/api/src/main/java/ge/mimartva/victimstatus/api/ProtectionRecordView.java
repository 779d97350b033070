package ge.mimartva.victimstatus.api;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/victim-status/protection-records/{recordId}}: which referrals concern a child, and where. */
public record ProtectionRecordView(String recordId, List<String> referralIds, List<String> municipalities,
                                   Instant openedAt, Instant lastLinkedAt) {
}
