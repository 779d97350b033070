package ge.mimartva.notification.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

public record IssueNotification(@TargetAggregateIdentifier String notificationId, String referralId, String ruleId,
                                int ruleVersion, String legalBasis, String recipientBody, String recipientName,
                                String channel, String municipality, List<String> concerns, boolean immediateDanger,
                                Instant issuedAt, Instant acknowledgeBy, boolean escalates, String about) {
}
