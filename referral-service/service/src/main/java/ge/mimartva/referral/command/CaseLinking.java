package ge.mimartva.referral.command;

import ge.mimartva.referral.command.ReferralCommands.LinkAdditionalReferral;
import ge.mimartva.referral.command.ReferralEvents.ReferralLinkedToCase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * When registration joins a referral to the child's open case, tells that case (its own aggregate). A tracking
 * processor does it, so a failure is retried from the event store and the case learns of every linked referral;
 * the case records each one once, however often it is told.
 */
@Component
@ProcessingGroup("case-linking")
public class CaseLinking {

    private final CommandGateway commands;

    public CaseLinking(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ReferralLinkedToCase e) {
        commands.sendAndWait(new LinkAdditionalReferral(e.caseReferralId(), e.referralId(), e.at()));
    }
}
