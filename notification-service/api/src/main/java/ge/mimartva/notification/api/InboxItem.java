package ge.mimartva.notification.api;

import java.time.Instant;
import java.util.List;

/**
 * One notification in a body's inbox ({@code GET /api/notifications}). It says what happened and where, never who
 * the child is: the recipient opens the referral in referral-service, where reading it is checked and audited.
 * {@code about}: the record it is about when not the referral itself, as the API's path below {@code /api/} (e.g.
 * {@code preservation-requests/<id>}).
 */
public record InboxItem(String notificationId, String referralId, String ruleId, int ruleVersion, String legalBasis,
                        String recipientBody, String recipientName, String channel, String municipality,
                        List<String> concerns, boolean immediateDanger, NotificationStatus status, Instant issuedAt,
                        Instant acknowledgeBy, boolean overdue, Instant deliveredAt, Instant acknowledgedAt,
                        String acknowledgedBy, String about) {
}
