package ge.mimartva.notification.query;

import ge.mimartva.notification.api.NotificationStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * Read model of one notification in its recipient's inbox (collection {@code inbox}). {@code issuedEventId} is the
 * event that issued it: what the recipient's acknowledgement answers (its causation).
 */
@Document(InboxDocument.COLLECTION)
public record InboxDocument(@Id String notificationId, String issuedEventId, String referralId, String ruleId, int ruleVersion,
                            String legalBasis, String recipientBody, String recipientName, String channel,
                            String municipality, List<String> concerns, boolean immediateDanger,
                            NotificationStatus status, Instant issuedAt, Instant acknowledgeBy, Instant deliveredAt,
                            Instant acknowledgedAt, String acknowledgedBy, String about) {

    public static final String COLLECTION = "inbox";

    public InboxDocument delivered(Instant at) {
        NotificationStatus next = status == NotificationStatus.PENDING ? NotificationStatus.DELIVERED : status;
        return new InboxDocument(notificationId, issuedEventId, referralId, ruleId, ruleVersion, legalBasis, recipientBody,
                recipientName, channel, municipality, concerns, immediateDanger, next, issuedAt, acknowledgeBy, at,
                acknowledgedAt, acknowledgedBy, about);
    }

    /** Overdue and escalated; an acknowledgement still to come overrides it. */
    public InboxDocument escalated() {
        NotificationStatus next = status == NotificationStatus.ACKNOWLEDGED ? status : NotificationStatus.ESCALATED;
        return new InboxDocument(notificationId, issuedEventId, referralId, ruleId, ruleVersion, legalBasis, recipientBody,
                recipientName, channel, municipality, concerns, immediateDanger, next, issuedAt, acknowledgeBy,
                deliveredAt, acknowledgedAt, acknowledgedBy, about);
    }

    public InboxDocument acknowledged(Instant at, String by) {
        return new InboxDocument(notificationId, issuedEventId, referralId, ruleId, ruleVersion, legalBasis, recipientBody,
                recipientName, channel, municipality, concerns, immediateDanger, NotificationStatus.ACKNOWLEDGED,
                issuedAt, acknowledgeBy, deliveredAt, at, by, about);
    }
}
