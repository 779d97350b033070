package ge.mimartva.notification.api;

import java.time.Instant;

/**
 * Integration event {@code notification.NotificationIssued.v1}: a body must be told of a referral step, by the
 * matrix rule (and its version) named here, and must acknowledge by {@code acknowledgeBy}. {@code about} (added to
 * version 1 later, optional): the record it is about when not the referral itself, as the API's path below
 * {@code /api/} (e.g. {@code preservation-requests/<id>}); {@code referralId} is then absent when there is none.
 */
public record NotificationIssuedV1(String notificationId, String referralId, String ruleId, int ruleVersion,
                                   String legalBasis, String recipientBody, String channel, Instant acknowledgeBy,
                                   Instant issuedAt, String about) {

    /** Without {@code about}: a referral's own step. */
    public NotificationIssuedV1(String notificationId, String referralId, String ruleId, int ruleVersion,
                                String legalBasis, String recipientBody, String channel, Instant acknowledgeBy,
                                Instant issuedAt) {
        this(notificationId, referralId, ruleId, ruleVersion, legalBasis, recipientBody, channel, acknowledgeBy,
                issuedAt, null);
    }

    public static final String TYPE = "NotificationIssued";
    public static final int VERSION = 1;
}
