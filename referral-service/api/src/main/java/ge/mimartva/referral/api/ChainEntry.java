package ge.mimartva.referral.api;

import java.time.Instant;

/**
 * One event of a referral's chain ({@code GET /api/referrals/{id}/chain}), from whichever service recorded it.
 *
 * @param causationId the id of the event (or request) that caused this one
 */
public record ChainEntry(String eventId, String service, String type, Instant occurredAt, ChainActor actor,
                         String correlationId, String causationId) {

    /** The member of staff, or platform service, who acted. */
    public record ChainActor(String id, String username, String role, String body) {
    }
}
