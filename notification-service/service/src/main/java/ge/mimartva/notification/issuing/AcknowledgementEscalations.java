package ge.mimartva.notification.issuing;

import ge.mimartva.notification.command.NotificationEscalated;
import ge.mimartva.notification.matrix.NotificationRule.RecipientKind;
import ge.mimartva.notification.matrix.TriggerFacts;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.security.Actor;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * An escalation is itself a notification: when a notification escalates, the matrix's escalation rows (N15) tell the
 * duty officer of the body that did not acknowledge. A tracking processor does it, so none is lost to a crash.
 */
@Component
@ProcessingGroup("acknowledgement-escalations")
public class AcknowledgementEscalations {

    public static final String TRIGGER = "notification.NotificationEscalated";
    private static final Actor SERVICE = Actor.service("notification-service");

    private final NotificationIssuer issuer;

    public AcknowledgementEscalations(NotificationIssuer issuer) {
        this.issuer = issuer;
    }

    @EventHandler
    void on(NotificationEscalated e, EventMessage<?> message) {
        TriggerFacts facts = TriggerFacts.naming(e.referralId(), RecipientKind.UNACKNOWLEDGING_BODY,
                List.of(e.recipientBody()));
        issuer.issue(TRIGGER, message.getIdentifier(), message.getTimestamp(), facts,
                MessageContext.from(message.getMetaData()).actedBy(SERVICE).causedBy(message.getIdentifier()));
    }
}
