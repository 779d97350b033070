package ge.mimartva.notification.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A matrix rule requires a body to be told of a referral step. Revision 2 added {@code escalates}; revision 1 is
 * upcast by {@code NotificationIssuedUpcaster}. Revision 3 added {@code about} (the record it is about when not the
 * referral itself, e.g. {@code preservation-requests/<id>}): earlier events read without it, as they were.
 */
@Revision("3")
public record NotificationIssued(String notificationId, String referralId, String ruleId, int ruleVersion,
                                 String legalBasis, String recipientBody, String recipientName, String channel,
                                 String municipality, List<String> concerns, boolean immediateDanger,
                                 Instant issuedAt, Instant acknowledgeBy, boolean escalates, String about) {
}
