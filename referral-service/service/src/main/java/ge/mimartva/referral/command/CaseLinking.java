package ge.mimartva.referral.command;

import ge.mimartva.referral.command.ReferralCommands.LinkAdditionalReferral;
import ge.mimartva.referral.command.ReferralEvents.ReferralLinkedToCase;
import ge.mimartva.platform.axon.ActingCommands;
import ge.mimartva.platform.messages.MessageContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * When registration joins a referral to the child's open case, tells that case (its own aggregate). A tracking
 * processor does it, so a failure is retried from the event store and the case learns of every linked referral;
 * the case records each one once, however often it is told.
 */
@Component
@ProcessingGroup("case-linking")
public class CaseLinking {

    private final ActingCommands commands;

    public CaseLinking(ActingCommands commands) {
        this.commands = commands;
    }

    /** Within the linking's context: its correlation and actor, caused by it. */
    @EventHandler
    void on(ReferralLinkedToCase e, EventMessage<?> linking) {
        commands.send(new LinkAdditionalReferral(e.caseReferralId(), e.referralId(), e.at()),
                MessageContext.from(linking.getMetaData()).causedBy(linking.getIdentifier()));
    }
}
