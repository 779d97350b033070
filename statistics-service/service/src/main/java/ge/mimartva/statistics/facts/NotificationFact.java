package ge.mimartva.statistics.facts;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One notification of the matrix: its row, the body that received it, when it was issued and was to be acknowledged
 * by, and when it was acknowledged and escalated (each with the time the platform learned it).
 */
@Document("notification_facts")
public record NotificationFact(@Id String notificationId, String referralId, String ruleId, String recipientBody,
                               Instant issuedAt, Instant acknowledgeBy, Known<Instant> acknowledged,
                               Known<Boolean> escalated) {

    /** A notification known so far only by its acknowledgement or escalation (received before its issue). */
    public static NotificationFact unknown(String notificationId) {
        return new NotificationFact(notificationId, null, null, null, null, null, null, null);
    }

    public NotificationFact issued(String referralId, String ruleId, String recipientBody, Instant issuedAt,
                                   Instant acknowledgeBy) {
        return new NotificationFact(notificationId, referralId, ruleId, recipientBody, issuedAt, acknowledgeBy,
                acknowledged, escalated);
    }

    public boolean issuedBy(Instant asOf) {
        return issuedAt != null && !issuedAt.isAfter(asOf);
    }

    public NotificationFact acknowledgedAt(Instant at, Instant knownAt) {
        return acknowledged != null ? this : new NotificationFact(notificationId, referralId, ruleId, recipientBody,
                issuedAt, acknowledgeBy, new Known<>(at, knownAt), escalated);
    }

    public NotificationFact escalatedAt(Instant knownAt) {
        return escalated != null ? this : new NotificationFact(notificationId, referralId, ruleId, recipientBody,
                issuedAt, acknowledgeBy, acknowledged, new Known<>(true, knownAt));
    }
}
