package ge.mimartva.notification.delivery;

import java.time.Instant;

/**
 * One notification to send over one external channel. {@code jobId} is also the idempotency key the receiver gets,
 * so a receiver that sees it twice (a send whose answer was lost) can tell.
 */
public record DeliveryJob(String jobId, long position, String notificationId, String referralId, String recipientBody,
                          String channel, String endpoint, String payload, Status status, int attempts,
                          Instant nextAttemptAt, String lastFailure, Instant createdAt, Instant deliveredAt) {

    public enum Status { PENDING, DELIVERED, PARKED }
}
