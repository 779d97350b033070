package ge.mimartva.victimstatus.protection;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A child's protection record, keyed by the child's pseudonymous subject id: the referrals that concern the child
 * (and, as victim status and orders are built, those too). Each referral is linked once.
 */
@Aggregate
public class ProtectionRecord {

    @AggregateIdentifier
    private String recordId;
    private final Set<String> referralIds = new HashSet<>();

    protected ProtectionRecord() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LinkReferral command) {
        if (command.referralId() == null || command.municipality() == null) {
            throw new IllegalArgumentException("A linked referral names its id and the child's municipality.");
        }
        if (!referralIds.contains(command.referralId())) {
            apply(new ReferralLinkedToProtectionRecord(command.recordId(), command.referralId(), command.municipality(),
                    command.linkedAt()));
        }
    }

    @EventSourcingHandler
    void on(ReferralLinkedToProtectionRecord event) {
        recordId = event.recordId();
        referralIds.add(event.referralId());
    }
}
