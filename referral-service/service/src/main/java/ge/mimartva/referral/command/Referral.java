package ge.mimartva.referral.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One child-protection referral, event-sourced. Its lifecycle (triage to closure) grows from here. */
@Aggregate
public class Referral {

    @AggregateIdentifier
    private String referralId;

    protected Referral() {
        // for Axon
    }

    @CommandHandler
    public Referral(FileReferral command) {
        if (command.concerns() == null || command.concerns().isEmpty()) {
            throw new ReferralRejected("A referral names at least one concern.");
        }
        if (command.child() == null || command.child().municipality() == null) {
            throw new ReferralRejected("A referral names the child and the municipality where the child lives.");
        }
        if (!command.child().hasAgeOrDateOfBirth()) {
            throw new ReferralRejected("A referral gives the child's date of birth or approximate age.");
        }
        if (command.reportingBody() == null || command.filedBy() == null) {
            throw new ReferralRejected("A referral records the reporting body and the person who filed it.");
        }
        apply(new ReferralFiled(command.referralId(), command.reportingBody(), command.reportingBodyType(),
                command.filedBy(), command.child(), command.childSubjectId(), command.concerns(),
                command.description(), command.immediateDanger(), command.filedAt()));
    }

    @EventSourcingHandler
    void on(ReferralFiled event) {
        referralId = event.referralId();
    }
}
