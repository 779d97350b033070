package ge.mimartva.victimstatus.lookup;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What the protection lookup must know of a referral, as referral-service published it: whose child it is about
 * (pseudonymously), whether its case is open and which territorial unit owns it, and whether its safety decision
 * applied to a court for a protective order (order proceedings pending, L 16¹(1)). Kept in this service's own event
 * store, so the lookup's answers can be rebuilt and audited. Each fact is recorded once, however often delivered.
 */
@Aggregate
public class ReferralCase {

    public record TrackReferralCase(@TargetAggregateIdentifier String caseId, String referralId, String childSubjectId,
                                    String owningUnit, Instant at) {
    }

    /** {@code open}: the case is open (or reopened); closed; or joined to another case of the same child. */
    public record RecordCaseState(@TargetAggregateIdentifier String caseId, CaseState state, String owningUnit,
                                  String eventId, Instant at) {
    }

    /** The referral's safety decision applied to a court for a protective order (L 10(2), 11(1)). */
    public record RecordProtectiveOrderApplication(@TargetAggregateIdentifier String caseId, String eventId, Instant at) {
    }

    public enum CaseState { OPEN, CLOSED, JOINED_TO_ANOTHER_CASE }

    @Revision("1")
    public record ReferralCaseTracked(String caseId, String referralId, String childSubjectId, String owningUnit,
                                      Instant at) {
    }

    @Revision("1")
    public record ReferralCaseStateRecorded(String caseId, String referralId, CaseState state, String owningUnit,
                                            String eventId, Instant at) {
    }

    @Revision("1")
    public record ProtectiveOrderApplicationRecorded(String caseId, String referralId, String eventId, Instant at) {
    }

    @AggregateIdentifier
    private String caseId;
    private String referralId;
    private String owningUnit;
    private final Set<String> recordedEvents = new HashSet<>();

    protected ReferralCase() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(TrackReferralCase c) {
        if (referralId == null) {
            apply(new ReferralCaseTracked(c.caseId(), c.referralId(), c.childSubjectId(), c.owningUnit(), c.at()));
        }
    }

    /** Created if missing: a referral filed before this service tracked cases still gets its state. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordCaseState c) {
        if (!recordedEvents.contains(c.eventId())) {
            String referral = referralId != null ? referralId : c.caseId().substring("case:".length());
            apply(new ReferralCaseStateRecorded(c.caseId(), referral, c.state(),
                    c.owningUnit() != null ? c.owningUnit() : owningUnit, c.eventId(), c.at()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordProtectiveOrderApplication c) {
        if (!recordedEvents.contains(c.eventId())) {
            String referral = referralId != null ? referralId : c.caseId().substring("case:".length());
            apply(new ProtectiveOrderApplicationRecorded(c.caseId(), referral, c.eventId(), c.at()));
        }
    }

    @EventSourcingHandler
    void on(ProtectiveOrderApplicationRecorded e) {
        caseId = e.caseId();
        referralId = e.referralId();
        recordedEvents.add(e.eventId());
    }

    @EventSourcingHandler
    void on(ReferralCaseTracked e) {
        caseId = e.caseId();
        referralId = e.referralId();
        owningUnit = e.owningUnit();
    }

    @EventSourcingHandler
    void on(ReferralCaseStateRecorded e) {
        caseId = e.caseId();
        referralId = e.referralId();
        owningUnit = e.owningUnit();
        recordedEvents.add(e.eventId());
    }
}
