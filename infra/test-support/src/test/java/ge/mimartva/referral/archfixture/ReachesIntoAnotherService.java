package ge.mimartva.referral.archfixture;

/** Fixture: breaks every rule once. */
public class ReachesIntoAnotherService {

    int intoAnotherService() {
        return ge.mimartva.notification.inside.Outbox.pending();
    }

    void waitsBySleeping() throws InterruptedException {
        Thread.sleep(1);
    }

    Object sendsACommandByHand(org.axonframework.commandhandling.gateway.CommandGateway commands) {
        return commands.sendAndWait("command");
    }

    Object touchesAnAggregate() {
        return new ge.mimartva.referral.archfixture.command.Case();
    }

    boolean decidesByRoleItself(ge.mimartva.security.Actor actor) {
        return actor.hasRole(ge.mimartva.security.Role.AUDITOR);
    }
}
