package ge.mimartva.notification.api;

import java.time.Instant;

/**
 * Integration event {@code notification.NotificationIssued.v1}: a body must be told of a referral step, by the
 * matrix rule (and its version) named here, and must acknowledge by {@code acknowledgeBy}.
 */
public record NotificationIssuedV1(String notificationId, String referralId, String ruleId, int ruleVersion,
                                   String legalBasis, String recipientBody, String channel, Instant acknowledgeBy,
                                   Instant issuedAt) {

    public static final String TYPE = "NotificationIssued";
    public static final int VERSION = 1;
}
