package ge.mimartva.notification.integration;

import ge.mimartva.messaging.ReceivedIntegrationEvent;
import ge.mimartva.notification.matrix.NotificationRule.RecipientKind;
import ge.mimartva.notification.matrix.TriggerFacts;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.ReferralCaseEvents;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the matrix needs to know of each referral-service event that triggers a row, read from the event's
 * published contract. Events that trigger no row have no facts.
 */
final class ReferralTriggers {

    private ReferralTriggers() {
    }

    static Optional<TriggerFacts> factsOf(ReceivedIntegrationEvent event) {
        if (!ReferralContract.SOURCE.equals(event.source())) {
            return Optional.empty();
        }
        if (event.is(ReferralContract.SOURCE, ReferralFiledV1.TYPE, ReferralFiledV1.VERSION)) {
            ReferralFiledV1 e = event.payloadAs(ReferralFiledV1.class);
            return Optional.of(new TriggerFacts(e.referralId(), e.municipality(),
                    e.concerns().stream().map(Concern::name).toList(), e.immediateDanger(),
                    Map.of(RecipientKind.REPORTING_BODY, List.of(e.reportingBody()))));
        }
        if (event.version() != ReferralCaseEvents.VERSION) {
            return Optional.empty();
        }
        return switch (event.type()) {
            case ReferralCaseEvents.SeparationDecidedV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.SeparationDecidedV1.class);
                yield Optional.of(new TriggerFacts(e.referralId(), e.municipality(), List.of(), false,
                        Map.of(RecipientKind.ENFORCING_POLICE_DISTRICT, List.of(e.policeDistrict()),
                                RecipientKind.OWNING_UNIT, List.of(e.owningUnit()))));
            }
            case ReferralCaseEvents.CaseConferenceHeldV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.CaseConferenceHeldV1.class);
                Set<String> involved = new LinkedHashSet<>(e.participants());
                e.taskOwners().forEach(t -> involved.add(t.body()));
                yield Optional.of(named(e.referralId(), RecipientKind.CASE_PLAN_BODIES, List.copyOf(involved)));
            }
            case ReferralCaseEvents.CaseClosedV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.CaseClosedV1.class);
                yield Optional.of(named(e.referralId(), RecipientKind.REPORTING_BODY, List.of(e.reportingBody())));
            }
            case ReferralCaseEvents.CaseReopenedV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.CaseReopenedV1.class);
                yield Optional.of(named(e.referralId(), RecipientKind.REPORTING_BODY, List.of(e.reportingBody())));
            }
            case ReferralCaseEvents.TransferRequestedV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.TransferRequestedV1.class);
                yield Optional.of(named(e.referralId(), RecipientKind.RECEIVING_UNIT, List.of(e.toUnit())));
            }
            case ReferralCaseEvents.StatutoryClockMissedV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.StatutoryClockMissedV1.class);
                yield Optional.of(named(e.referralId(), RecipientKind.OWNING_UNIT, List.of(e.owningUnit())));
            }
            default -> Optional.empty();
        };
    }

    private static TriggerFacts named(String referralId, RecipientKind kind, List<String> bodies) {
        return new TriggerFacts(referralId, null, List.of(), false, Map.of(kind, bodies));
    }
}
