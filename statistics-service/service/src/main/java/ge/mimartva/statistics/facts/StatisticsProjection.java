package ge.mimartva.statistics.facts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.notification.api.NotificationAcknowledgedV1;
import ge.mimartva.notification.api.NotificationContract;
import ge.mimartva.notification.api.NotificationEscalatedV1;
import ge.mimartva.notification.api.NotificationIssuedV1;
import ge.mimartva.platform.projection.ReadModelWrites;
import ge.mimartva.reference.Territory;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.referral.api.ChildAgeBand;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.ReferralCaseEvents;
import ge.mimartva.referral.api.PreservationRequestEvents.DualCriminalityDecidedV1;
import ge.mimartva.referral.api.PreservationRequestEvents.PreservationClockMissedV1;
import ge.mimartva.referral.api.PreservationRequestEvents.PreservationRequestRecordedV1;
import ge.mimartva.referral.api.PreservationRequestEvents.ProviderAnsweredV1;
import ge.mimartva.referral.api.PreservationRequestEvents.ProviderAskedToPreserveV1;
import ge.mimartva.referral.api.PreservationRequestEvents.RequesterToldOfPreservationV1;
import ge.mimartva.referral.api.PreservationRequestEvents.UrgentMlaOfferedV1;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.statistics.facts.ReferralFact.Step;
import ge.mimartva.statistics.receiving.PublishedEventReceived;
import ge.mimartva.victimstatus.api.VictimStatusContract;
import ge.mimartva.victimstatus.api.VictimStatusEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Turns the published events statistics-service received into the facts its figures count. Every write is by the
 * fact's id and idempotent (a step keeps its first time; a value learned twice at the same instant is kept once), so
 * handling an event again, or replaying them all, gives the same facts. The order of arrival does not matter: an
 * event about a referral (or a notification) received before its filing (issue) starts the fact, which the filing
 * completes; the figures count only filed referrals and issued notifications.
 */
@Component
@ProcessingGroup(StatisticsProjection.NAME)
public class StatisticsProjection {

    public static final String NAME = "statistics-projection";

    /** The published events counted ({@code source.Type}, version 1): the service's queue is bound to these only. */
    public static final List<String> COUNTED = List.of(
            ReferralContract.SOURCE + "." + ReferralFiledV1.TYPE,
            ReferralContract.SOURCE + "." + ReferralCaseEvents.ReferralRegisteredV1.TYPE,
            ReferralContract.SOURCE + "." + ReferralCaseEvents.ReferralLinkedToCaseV1.TYPE,
            ReferralContract.SOURCE + "." + ReferralCaseEvents.ReferralRedirectedV1.TYPE,
            ReferralContract.SOURCE + "." + ReferralCaseEvents.CaseAssignedV1.TYPE,
            ReferralContract.SOURCE + "." + ReferralCaseEvents.FirstContactMadeV1.TYPE,
            ReferralContract.SOURCE + "." + ReferralCaseEvents.AssessmentCompletedV1.TYPE,
            ReferralContract.SOURCE + "." + ReferralCaseEvents.SafetyDecisionMadeV1.TYPE,
            ReferralContract.SOURCE + "." + ReferralCaseEvents.TransferAcceptedV1.TYPE,
            ReferralContract.SOURCE + "." + ReferralCaseEvents.StatutoryClockMissedV1.TYPE,
            ReferralContract.SOURCE + "." + ReferralCaseEvents.CaseClosedV1.TYPE,
            ReferralContract.SOURCE + "." + PreservationRequestRecordedV1.TYPE,
            ReferralContract.SOURCE + "." + DualCriminalityDecidedV1.TYPE,
            ReferralContract.SOURCE + "." + ProviderAskedToPreserveV1.TYPE,
            ReferralContract.SOURCE + "." + ProviderAnsweredV1.TYPE,
            ReferralContract.SOURCE + "." + RequesterToldOfPreservationV1.TYPE,
            ReferralContract.SOURCE + "." + UrgentMlaOfferedV1.TYPE,
            ReferralContract.SOURCE + "." + PreservationClockMissedV1.TYPE,
            NotificationContract.SOURCE + "." + NotificationIssuedV1.TYPE,
            NotificationContract.SOURCE + "." + NotificationAcknowledgedV1.TYPE,
            NotificationContract.SOURCE + "." + NotificationEscalatedV1.TYPE,
            VictimStatusContract.SOURCE + "." + VictimStatusEvents.RestrainingOrderIssuedV1.TYPE,
            VictimStatusContract.SOURCE + "." + VictimStatusEvents.ProtectiveOrderIssuedV1.TYPE,
            VictimStatusContract.SOURCE + "." + VictimStatusEvents.OrderViolatedV1.TYPE,
            VictimStatusContract.SOURCE + "." + VictimStatusEvents.VictimStatusDecidedV1.TYPE,
            VictimStatusContract.SOURCE + "." + VictimStatusEvents.PerpetratorMovementNotifiedV1.TYPE,
            VictimStatusContract.SOURCE + "." + VictimStatusEvents.ProtectionLookupPerformedV1.TYPE);

    private final ReadModelWrites writes;
    private final MongoTemplate mongo;
    private final TerritoryDirectory territories;
    /** A tolerant reader: a field a newer producer added is ignored. */
    private final ObjectMapper json;

    public StatisticsProjection(ReadModelWrites writes, MongoTemplate mongo, TerritoryDirectory territories,
                                ObjectMapper json) {
        this.writes = writes;
        this.mongo = mongo;
        this.territories = territories;
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @EventHandler
    void on(PublishedEventReceived e) {
        if (e.version() != 1) {
            return;   // a later version of a contract is counted once this service knows it
        }
        switch (e.source()) {
            case ReferralContract.SOURCE -> referral(e);
            case NotificationContract.SOURCE -> notification(e);
            case VictimStatusContract.SOURCE -> measure(e);
            default -> { }
        }
    }

    /** The 24/7 contact point's preservation requests: their counts and the times of their steps. */
    private boolean preservation(PublishedEventReceived e) {
        switch (e.type()) {
            case PreservationRequestRecordedV1.TYPE -> {
                var r = read(e, PreservationRequestRecordedV1.class);
                preservationFact(r.requestId(), f -> f.recorded(r.requestingAuthority(), r.serviceProvider(), r.at()));
            }
            case DualCriminalityDecidedV1.TYPE -> {
                var d = read(e, DualCriminalityDecidedV1.class);
                preservationFact(d.requestId(), f -> f.stepTaken(d.approved() ? PreservationFact.APPROVED
                        : PreservationFact.REFUSED, d.at()));
            }
            case ProviderAskedToPreserveV1.TYPE -> {
                var a = read(e, ProviderAskedToPreserveV1.class);
                preservationFact(a.requestId(), f -> f.stepTaken(PreservationFact.PROVIDER_ASKED, a.at()));
            }
            case ProviderAnsweredV1.TYPE -> {
                var a = read(e, ProviderAnsweredV1.class);
                preservationFact(a.requestId(), f -> f.stepTaken(a.preserved() ? PreservationFact.PRESERVED
                        : PreservationFact.UNAVAILABLE, a.at()));
            }
            case RequesterToldOfPreservationV1.TYPE -> {
                var t = read(e, RequesterToldOfPreservationV1.class);
                preservationFact(t.requestId(), f -> f.stepTaken(PreservationFact.REQUESTER_TOLD, t.at()));
            }
            case UrgentMlaOfferedV1.TYPE -> {
                var o = read(e, UrgentMlaOfferedV1.class);
                preservationFact(o.requestId(), f -> f.stepTaken(PreservationFact.URGENT_MLA_OFFERED, o.at()));
            }
            case PreservationClockMissedV1.TYPE -> {
                var m = read(e, PreservationClockMissedV1.class);
                preservationFact(m.requestId(), f -> f.stepTaken(PreservationFact.CLOCK_MISSED, m.dueAt()));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void preservationFact(String requestId, UnaryOperator<PreservationFact> change) {
        PreservationFact fact = writes.findById(requestId, PreservationFact.class);
        writes.save(change.apply(fact != null ? fact : PreservationFact.unknown(requestId)));
    }

    private void referral(PublishedEventReceived e) {
        if (preservation(e)) {
            return;
        }
        Instant known = e.occurredAt();
        switch (e.type()) {
            case ReferralFiledV1.TYPE -> {
                ReferralFiledV1 f = read(e, ReferralFiledV1.class);
                Territory territory = territories.find(f.municipality()).orElse(null);
                referralFact(f.referralId(), fact -> fact.filed(f.filedAt(), f.reportingBodyType(), f.municipality(),
                        territory == null ? null : territory.regionEn(),
                        f.concerns().stream().map(Concern::name).toList(), f.immediateDanger(),
                        (f.childAgeBand() == null ? ChildAgeBand.UNKNOWN : f.childAgeBand()).name(),
                        territory == null ? null : territory.agencyUnit().id()));
            }
            case ReferralCaseEvents.ReferralRegisteredV1.TYPE -> {
                var r = read(e, ReferralCaseEvents.ReferralRegisteredV1.class);
                referralFact(r.referralId(), f -> f.stepTaken(Step.REGISTERED, r.at(), known)
                        .urgencySet(r.urgency().name(), known).ownedBy(r.owningUnit(), known));
            }
            case ReferralCaseEvents.ReferralLinkedToCaseV1.TYPE -> {
                var r = read(e, ReferralCaseEvents.ReferralLinkedToCaseV1.class);
                referralFact(r.referralId(), f -> f.stepTaken(Step.LINKED_TO_CASE, r.at(), known));
            }
            case ReferralCaseEvents.ReferralRedirectedV1.TYPE -> {
                var r = read(e, ReferralCaseEvents.ReferralRedirectedV1.class);
                referralFact(r.referralId(), f -> f.stepTaken(Step.REDIRECTED, r.at(), known));
            }
            case ReferralCaseEvents.CaseAssignedV1.TYPE -> {
                var r = read(e, ReferralCaseEvents.CaseAssignedV1.class);
                referralFact(r.referralId(), f -> f.stepTaken(Step.ASSIGNED, r.at(), known));
            }
            case ReferralCaseEvents.FirstContactMadeV1.TYPE -> {
                var r = read(e, ReferralCaseEvents.FirstContactMadeV1.class);
                referralFact(r.referralId(), f -> f.stepTaken(Step.FIRST_CONTACT, r.contactedAt(), known));
            }
            case ReferralCaseEvents.AssessmentCompletedV1.TYPE -> {
                var r = read(e, ReferralCaseEvents.AssessmentCompletedV1.class);
                referralFact(r.referralId(), f -> f.stepTaken(Step.ASSESSED, r.at(), known));
            }
            case ReferralCaseEvents.SafetyDecisionMadeV1.TYPE -> {
                var r = read(e, ReferralCaseEvents.SafetyDecisionMadeV1.class);
                referralFact(r.referralId(), f -> f.stepTaken(Step.DECIDED, r.at(), known));
            }
            case ReferralCaseEvents.TransferAcceptedV1.TYPE -> {
                var r = read(e, ReferralCaseEvents.TransferAcceptedV1.class);
                referralFact(r.referralId(), f -> f.ownedBy(r.toUnit(), known));
            }
            case ReferralCaseEvents.StatutoryClockMissedV1.TYPE -> {
                var r = read(e, ReferralCaseEvents.StatutoryClockMissedV1.class);
                referralFact(r.referralId(), f -> f.clockMissed(r.clock().name(), known));
            }
            case ReferralCaseEvents.CaseClosedV1.TYPE -> {
                var r = read(e, ReferralCaseEvents.CaseClosedV1.class);
                referralFact(r.referralId(), f -> f.closed(r.reason().name(), known));
            }
            default -> { }
        }
    }

    private void notification(PublishedEventReceived e) {
        switch (e.type()) {
            case NotificationIssuedV1.TYPE -> {
                var n = read(e, NotificationIssuedV1.class);
                notificationFact(n.notificationId(), f -> f.issued(n.referralId(), n.ruleId(), n.recipientBody(),
                        n.issuedAt(), n.acknowledgeBy()));
            }
            case NotificationAcknowledgedV1.TYPE -> {
                var n = read(e, NotificationAcknowledgedV1.class);
                notificationFact(n.notificationId(), f -> f.acknowledgedAt(n.acknowledgedAt(), e.occurredAt()));
            }
            case NotificationEscalatedV1.TYPE -> {
                var n = read(e, NotificationEscalatedV1.class);
                notificationFact(n.notificationId(), f -> f.escalatedAt(e.occurredAt()));
            }
            default -> { }
        }
    }

    private void measure(PublishedEventReceived e) {
        Instant known = e.occurredAt();
        MeasureFact fact = switch (e.type()) {
            case VictimStatusEvents.RestrainingOrderIssuedV1.TYPE -> {
                var o = read(e, VictimStatusEvents.RestrainingOrderIssuedV1.class);
                yield new MeasureFact(e.eventId(), "RESTRAINING_ORDER_ISSUED", o.municipality(),
                        o.issuingDistrict(), o.issuedAt(), known);
            }
            case VictimStatusEvents.ProtectiveOrderIssuedV1.TYPE -> {
                var o = read(e, VictimStatusEvents.ProtectiveOrderIssuedV1.class);
                yield new MeasureFact(e.eventId(), o.extension() ? "PROTECTIVE_ORDER_EXTENDED" : "PROTECTIVE_ORDER_ISSUED",
                        o.municipality(), o.court(), o.issuedAt(), known);
            }
            case VictimStatusEvents.OrderViolatedV1.TYPE -> {
                var o = read(e, VictimStatusEvents.OrderViolatedV1.class);
                yield new MeasureFact(e.eventId(), "ORDER_VIOLATED", o.municipality(), null, o.reportedAt(), known);
            }
            case VictimStatusEvents.VictimStatusDecidedV1.TYPE -> {
                var s = read(e, VictimStatusEvents.VictimStatusDecidedV1.class);
                yield switch (s.outcome()) {
                    case "GRANTED", "REFUSED", "REVOKED" -> new MeasureFact(e.eventId(), "VICTIM_STATUS_" + s.outcome(),
                            s.municipality(), s.grantingBody(), s.decidedAt(), known);
                    default -> null;   // a warning before the end, or the end: not a decision
                };
            }
            case VictimStatusEvents.PerpetratorMovementNotifiedV1.TYPE -> {
                var n = read(e, VictimStatusEvents.PerpetratorMovementNotifiedV1.class);
                yield new MeasureFact(e.eventId(), "PENITENTIARY_NOTICE", n.municipality(), n.institution(),
                        n.effectiveAt(), known);
            }
            case VictimStatusEvents.ProtectionLookupPerformedV1.TYPE -> {
                var l = read(e, VictimStatusEvents.ProtectionLookupPerformedV1.class);
                yield new MeasureFact(e.eventId(), "PROTECTION_LOOKUP", null, l.lookupBody(), l.at(), known);
            }
            default -> null;
        };
        if (fact != null) {
            writes.save(fact);
        }
    }

    private void referralFact(String referralId, UnaryOperator<ReferralFact> change) {
        ReferralFact fact = writes.findById(referralId, ReferralFact.class);
        writes.save(change.apply(fact != null ? fact : ReferralFact.unknown(referralId)));
    }

    private void notificationFact(String notificationId, UnaryOperator<NotificationFact> change) {
        NotificationFact fact = writes.findById(notificationId, NotificationFact.class);
        writes.save(change.apply(fact != null ? fact : NotificationFact.unknown(notificationId)));
    }

    private <T> T read(PublishedEventReceived e, Class<T> contract) {
        try {
            return json.readValue(e.payload(), contract);
        } catch (IOException failure) {
            // The payload is not quoted: a failure names the contract and the event only.
            throw new UncheckedIOException("published event " + e.eventId() + " does not read as "
                    + contract.getSimpleName(), new IOException(failure.getClass().getSimpleName()));
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ReferralFact.class);
        mongo.dropCollection(NotificationFact.class);
        mongo.dropCollection(MeasureFact.class);
        mongo.dropCollection(PreservationFact.class);
    }
}
