package ge.mimartva.notification.integration;

import ge.mimartva.messaging.ReceivedIntegrationEvent;
import ge.mimartva.notification.matrix.NotificationRule.Condition;
import ge.mimartva.notification.matrix.NotificationRule.RecipientKind;
import ge.mimartva.notification.matrix.TriggerFacts;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.PreservationRequestEvents.CentralAuthorityConsultedV1;
import ge.mimartva.referral.api.PreservationRequestEvents.DualCriminalityDecidedV1;
import ge.mimartva.referral.api.PreservationRequestEvents.PreservationClockMissedV1;
import ge.mimartva.referral.api.PreservationRequestEvents.PreservationRequestRecordedV1;
import ge.mimartva.referral.api.PreservationRequestEvents.ProviderAskedToPreserveV1;
import ge.mimartva.referral.api.PreservationRequestEvents.RequesterToldOfPreservationV1;
import ge.mimartva.referral.api.PreservationRequestEvents.UrgentMlaOfferedV1;
import ge.mimartva.referral.api.ReferralCaseEvents;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.victimstatus.api.VictimStatusContract;
import ge.mimartva.victimstatus.api.VictimStatusEvents;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the matrix needs to know of each event that triggers a row, read from the producer's published contract.
 * Events that trigger no row have no facts.
 */
final class TriggerEvents {

    private TriggerEvents() {
    }

    static Optional<TriggerFacts> factsOf(ReceivedIntegrationEvent event) {
        if (ReferralContract.SOURCE.equals(event.source())) {
            return referral(event);
        }
        if (VictimStatusContract.SOURCE.equals(event.source()) && event.version() == VictimStatusEvents.VERSION) {
            return victimStatus(event);
        }
        return Optional.empty();
    }

    private static Optional<TriggerFacts> referral(ReceivedIntegrationEvent event) {
        if (event.is(ReferralContract.SOURCE, ReferralFiledV1.TYPE, ReferralFiledV1.VERSION)) {
            ReferralFiledV1 e = event.payloadAs(ReferralFiledV1.class);
            Set<Condition> conditions = EnumSet.noneOf(Condition.class);
            if (e.immediateDanger()) {
                conditions.add(Condition.IMMEDIATE_DANGER);
            }
            if (!e.onlineAbuseKinds().isEmpty()) {
                conditions.add(Condition.ONLINE_ELEMENT);
            }
            return Optional.of(new TriggerFacts(e.referralId(), e.municipality(),
                    e.concerns().stream().map(Concern::name).toList(), conditions,
                    Map.of(RecipientKind.REPORTING_BODY, List.of(e.reportingBody()))));
        }
        if (event.version() != ReferralCaseEvents.VERSION) {
            return Optional.empty();
        }
        Optional<TriggerFacts> preservation = preservation(event);
        if (preservation.isPresent()) {
            return preservation;
        }
        return switch (event.type()) {
            case ReferralCaseEvents.SeparationDecidedV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.SeparationDecidedV1.class);
                yield Optional.of(new TriggerFacts(e.referralId(), e.municipality(), List.of(), Set.of(),
                        Map.of(RecipientKind.RESPONSIBLE_POLICE_DISTRICT, List.of(e.policeDistrict()),
                                RecipientKind.OWNING_UNIT, List.of(e.owningUnit()),
                                RecipientKind.PLACEMENT_PROVIDER, e.placementProvider() == null ? List.of()
                                        : List.of(e.placementProvider()))));
            }
            case ReferralCaseEvents.FailureToReferRecordedV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.FailureToReferRecordedV1.class);
                yield Optional.of(TriggerFacts.naming(e.referralId(), RecipientKind.SUPERVISING_BODY,
                        List.of(e.supervisingBody())));
            }
            case ReferralCaseEvents.PoliceReportSubmittedV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.PoliceReportSubmittedV1.class);
                yield Optional.of(TriggerFacts.naming(e.referralId(), RecipientKind.RESPONSIBLE_POLICE_DISTRICT,
                        List.of(e.policeDistrict())));
            }
            case ReferralCaseEvents.SeparationDisobeyedV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.SeparationDisobeyedV1.class);
                yield Optional.of(new TriggerFacts(e.referralId(), e.municipality(), List.of(), Set.of(),
                        Map.of(RecipientKind.RESPONSIBLE_POLICE_DISTRICT, List.of(e.policeDistrict()))));
            }
            case ReferralCaseEvents.WeaponsRightsRestrictedV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.WeaponsRightsRestrictedV1.class);
                yield Optional.of(territorial(e.referralId(), e.municipality()));
            }
            case ReferralCaseEvents.CaseConferenceHeldV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.CaseConferenceHeldV1.class);
                Set<String> involved = new LinkedHashSet<>(e.participants());
                e.taskOwners().forEach(t -> involved.add(t.body()));
                yield Optional.of(TriggerFacts.naming(e.referralId(), RecipientKind.CASE_PLAN_BODIES, List.copyOf(involved)));
            }
            case ReferralCaseEvents.CaseClosedV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.CaseClosedV1.class);
                yield Optional.of(TriggerFacts.naming(e.referralId(), RecipientKind.REPORTING_BODY, List.of(e.reportingBody())));
            }
            case ReferralCaseEvents.CaseReopenedV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.CaseReopenedV1.class);
                yield Optional.of(TriggerFacts.naming(e.referralId(), RecipientKind.REPORTING_BODY, List.of(e.reportingBody())));
            }
            case ReferralCaseEvents.TransferRequestedV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.TransferRequestedV1.class);
                yield Optional.of(TriggerFacts.naming(e.referralId(), RecipientKind.RECEIVING_UNIT, List.of(e.toUnit())));
            }
            case ReferralCaseEvents.StatutoryClockMissedV1.TYPE -> {
                var e = event.payloadAs(ReferralCaseEvents.StatutoryClockMissedV1.class);
                yield Optional.of(TriggerFacts.naming(e.referralId(), RecipientKind.OWNING_UNIT, List.of(e.owningUnit())));
            }
            default -> Optional.empty();
        };
    }

    /** The 24/7 contact point's preservation requests: who outside the division must hear of a step. */
    private static Optional<TriggerFacts> preservation(ReceivedIntegrationEvent event) {
        return switch (event.type()) {
            case PreservationRequestRecordedV1.TYPE -> {
                var e = event.payloadAs(PreservationRequestRecordedV1.class);
                yield Optional.of(preservationFacts(e.requestId(), e.referralId(),
                        e.receiptConfirmationRequested() ? Set.of(Condition.RECEIPT_CONFIRMATION_REQUESTED) : Set.of(),
                        Map.of(RecipientKind.REQUESTING_AUTHORITY, List.of(e.requestingAuthority()))));
            }
            case CentralAuthorityConsultedV1.TYPE -> {
                var e = event.payloadAs(CentralAuthorityConsultedV1.class);
                yield Optional.of(preservationFacts(e.requestId(), e.referralId(), Set.of(), Map.of()));
            }
            case DualCriminalityDecidedV1.TYPE -> {
                var e = event.payloadAs(DualCriminalityDecidedV1.class);
                yield Optional.of(preservationFacts(e.requestId(), e.referralId(),
                        e.approved() ? Set.of() : Set.of(Condition.REFUSED),
                        Map.of(RecipientKind.REQUESTING_AUTHORITY, List.of(e.requestingAuthority()))));
            }
            case ProviderAskedToPreserveV1.TYPE -> {
                var e = event.payloadAs(ProviderAskedToPreserveV1.class);
                yield Optional.of(preservationFacts(e.requestId(), e.referralId(), Set.of(),
                        Map.of(RecipientKind.SERVICE_PROVIDER, List.of(e.serviceProvider()))));
            }
            case RequesterToldOfPreservationV1.TYPE -> {
                var e = event.payloadAs(RequesterToldOfPreservationV1.class);
                yield Optional.of(preservationFacts(e.requestId(), e.referralId(), Set.of(),
                        Map.of(RecipientKind.REQUESTING_AUTHORITY, List.of(e.requestingAuthority()))));
            }
            case UrgentMlaOfferedV1.TYPE -> {
                var e = event.payloadAs(UrgentMlaOfferedV1.class);
                yield Optional.of(preservationFacts(e.requestId(), e.referralId(), Set.of(),
                        Map.of(RecipientKind.REQUESTING_AUTHORITY, List.of(e.requestingAuthority()))));
            }
            case PreservationClockMissedV1.TYPE -> {
                var e = event.payloadAs(PreservationClockMissedV1.class);
                yield Optional.of(preservationFacts(e.requestId(), e.referralId(), Set.of(), Map.of()));
            }
            default -> Optional.empty();
        };
    }

    private static TriggerFacts preservationFacts(String requestId, String referralId, Set<Condition> conditions,
                                                  Map<RecipientKind, List<String>> named) {
        return new TriggerFacts(referralId, null, List.of(), conditions, named).about("preservation-requests/" + requestId);
    }

    private static Optional<TriggerFacts> victimStatus(ReceivedIntegrationEvent event) {
        return switch (event.type()) {
            case VictimStatusEvents.RestrainingOrderIssuedV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.RestrainingOrderIssuedV1.class);
                Set<Condition> conditions = EnumSet.noneOf(Condition.class);
                if (e.weaponsRestricted()) {
                    conditions.add(Condition.WEAPONS_RESTRICTED);
                }
                if (e.electronicSurveillance()) {
                    conditions.add(Condition.ELECTRONIC_SURVEILLANCE);
                }
                if (e.minorsConcerned()) {
                    conditions.add(Condition.MINORS_CONCERNED);
                }
                yield Optional.of(new TriggerFacts(e.referralId(), e.municipality(), List.of(), conditions,
                        Map.of(RecipientKind.ISSUING_BODY, List.of(e.issuingDistrict()))));
            }
            case VictimStatusEvents.ShelterTermEndedV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.ShelterTermEndedV1.class);
                yield Optional.of(territorial(e.referralId(), e.municipality()));
            }
            case VictimStatusEvents.ShelterPlacementEndedV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.ShelterPlacementEndedV1.class);
                yield Optional.of(new TriggerFacts(e.referralId(), e.municipality(), List.of(),
                        e.victimSafe() ? Set.of() : Set.of(Condition.VICTIM_UNSAFE), Map.of()));
            }
            case VictimStatusEvents.OrderRequestedV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.OrderRequestedV1.class);
                yield Optional.of(new TriggerFacts(e.referralId(), e.municipality(), List.of(), Set.of(),
                        Map.of(RecipientKind.ADDRESSED_BODY, List.of(e.addressedTo()))));
            }
            case VictimStatusEvents.OrderRequestAnsweredV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.OrderRequestAnsweredV1.class);
                yield Optional.of(territorial(e.referralId(), e.municipality()));
            }
            case VictimStatusEvents.SurveillanceImposedV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.SurveillanceImposedV1.class);
                yield Optional.of(new TriggerFacts(e.referralId(), e.municipality(), List.of(), Set.of(),
                        Map.of(RecipientKind.ISSUING_BODY, List.of(e.issuingDistrict()))));
            }
            case VictimStatusEvents.SurveillanceEndedV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.SurveillanceEndedV1.class);
                yield Optional.of(territorial(e.referralId(), e.municipality()));
            }
            case VictimStatusEvents.RestrainingOrderCancelledV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.RestrainingOrderCancelledV1.class);
                yield Optional.of(territorial(e.referralId(), e.municipality()));
            }
            case VictimStatusEvents.ProtectiveOrderEndedV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.ProtectiveOrderEndedV1.class);
                yield Optional.of(territorial(e.referralId(), e.municipality()));
            }
            case VictimStatusEvents.ProtectiveOrderIssuedV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.ProtectiveOrderIssuedV1.class);
                yield Optional.of(territorial(e.referralId(), e.municipality()));
            }
            case VictimStatusEvents.OrderExpiringV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.OrderExpiringV1.class);
                yield Optional.of(territorial(e.referralId(), e.municipality()));
            }
            case VictimStatusEvents.OrderViolatedV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.OrderViolatedV1.class);
                yield Optional.of(territorial(e.referralId(), e.municipality()));
            }
            case VictimStatusEvents.VictimStatusDecidedV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.VictimStatusDecidedV1.class);
                yield Optional.of(territorial(e.referralId(), e.municipality()));
            }
            case VictimStatusEvents.PerpetratorMovementNotifiedV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.PerpetratorMovementNotifiedV1.class);
                yield Optional.of(territorial(e.referralId(), e.municipality()));
            }
            case VictimStatusEvents.CriminalElementsFoundV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.CriminalElementsFoundV1.class);
                yield Optional.of(territorial(e.referralId(), e.municipality()));
            }
            case VictimStatusEvents.RiskReassessmentRequestedV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.RiskReassessmentRequestedV1.class);
                yield Optional.of(TriggerFacts.naming(e.referralId(), RecipientKind.RESPONSIBLE_POLICE_DISTRICT,
                        List.of(e.policeDistrict())));
            }
            case VictimStatusEvents.ProtectionLookupPerformedV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.ProtectionLookupPerformedV1.class);
                yield Optional.of(TriggerFacts.naming(e.referralId(), RecipientKind.OWNING_UNIT, List.of(e.caseOwner())));
            }
            case VictimStatusEvents.ProtectionLookupQuotaExceededV1.TYPE -> {
                var e = event.payloadAs(VictimStatusEvents.ProtectionLookupQuotaExceededV1.class);
                yield Optional.of(TriggerFacts.naming(e.lookupId(), RecipientKind.AUDITORS, List.of()));
            }
            default -> Optional.empty();
        };
    }

    private static TriggerFacts territorial(String referralId, String municipality) {
        return new TriggerFacts(referralId, municipality, List.of(), Set.of(), Map.of());
    }
}
