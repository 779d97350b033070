package ge.mimartva.victimstatus.lookup;

import ge.mimartva.victimstatus.api.LookupPurpose;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One protection lookup, as the audit trail keeps it: who asked (person, role, body), about which child (the
 * pseudonym, never the personal number), what they were told, and when; or that the asker was refused. The case
 * owner learns of each answered lookup about its child (an integration event).
 */
@Aggregate
public class ProtectionLookup {

    /**
     * @param caseOwner the unit told of the lookup: the owner of the child's open case, else the agency unit of the
     *                  place the order or status names; absent when nothing was found
     */
    public record RecordLookup(@TargetAggregateIdentifier String lookupId, String actorId, String actorRole,
                               String actorBody, String childSubjectId, LookupPurpose purpose, boolean protectionConcern,
                               String caseOwner, String referralId, Instant at) {
    }

    /** The user's lookups today went beyond the quota: the lookup is refused and the auditors are alerted. */
    public record RecordQuotaExceeded(@TargetAggregateIdentifier String lookupId, String actorId, String actorRole,
                                      String actorBody, int lookupsToday, Instant at) {
    }

    public record RecordRefusedLookup(@TargetAggregateIdentifier String lookupId, String actorId, String actorRole,
                                      String actorBody, String reason, Instant at) {
    }

    /**
     * {@code purpose} was added in revision 2 (absent from older lookups); {@code caseOwner}: the unit told, see
     * {@link RecordLookup}.
     */
    @Revision("2")
    public record ProtectionLookupPerformed(String lookupId, String actorId, String actorRole, String actorBody,
                                            String childSubjectId, boolean protectionConcern, String caseOwner,
                                            String referralId, Instant at, LookupPurpose purpose) {
    }

    @Revision("1")
    public record ProtectionLookupQuotaExceeded(String lookupId, String actorId, String actorRole, String actorBody,
                                                int lookupsToday, Instant at) {
    }

    @Revision("1")
    public record ProtectionLookupRefused(String lookupId, String actorId, String actorRole, String actorBody,
                                          String reason, Instant at) {
    }

    @AggregateIdentifier
    private String lookupId;

    protected ProtectionLookup() {
        // for Axon
    }

    @CommandHandler
    public ProtectionLookup(RecordLookup c) {
        apply(new ProtectionLookupPerformed(c.lookupId(), c.actorId(), c.actorRole(), c.actorBody(), c.childSubjectId(),
                c.protectionConcern(), c.caseOwner(), c.referralId(), c.at(), c.purpose()));
    }

    @CommandHandler
    public ProtectionLookup(RecordQuotaExceeded c) {
        apply(new ProtectionLookupQuotaExceeded(c.lookupId(), c.actorId(), c.actorRole(), c.actorBody(), c.lookupsToday(),
                c.at()));
    }

    @CommandHandler
    public ProtectionLookup(RecordRefusedLookup c) {
        apply(new ProtectionLookupRefused(c.lookupId(), c.actorId(), c.actorRole(), c.actorBody(), c.reason(), c.at()));
    }

    @EventSourcingHandler
    void on(ProtectionLookupPerformed e) {
        lookupId = e.lookupId();
    }

    @EventSourcingHandler
    void on(ProtectionLookupRefused e) {
        lookupId = e.lookupId();
    }

    @EventSourcingHandler
    void on(ProtectionLookupQuotaExceeded e) {
        lookupId = e.lookupId();
    }
}
