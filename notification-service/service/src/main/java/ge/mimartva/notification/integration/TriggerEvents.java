package ge.mimartva.notification.integration;

import ge.mimartva.messaging.PublishedEventRoutes;
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
 * What the matrix needs to know of each event that triggers a row, read from the producer's published record: one
 * typed handler per record. Events that trigger no row have no facts.
 */
final class TriggerEvents {

    private static final String REFERRAL = ReferralContract.SOURCE;
    private static final String VICTIM_STATUS = VictimStatusContract.SOURCE;

    private static final PublishedEventRoutes<TriggerFacts> ROUTES = new PublishedEventRoutes<TriggerFacts>()
            .on(REFERRAL, ReferralFiledV1.class, TriggerEvents::filed)
            .on(REFERRAL, ReferralCaseEvents.SeparationDecidedV1.class, e ->
                    new TriggerFacts(e.referralId(), e.municipality(), List.of(), Set.of(),
                            Map.of(RecipientKind.RESPONSIBLE_POLICE_DISTRICT, List.of(e.policeDistrict()),
                                    RecipientKind.OWNING_UNIT, List.of(e.owningUnit()),
                                    RecipientKind.PLACEMENT_PROVIDER, e.placementProvider() == null ? List.of()
                                            : List.of(e.placementProvider()))))
            .on(REFERRAL, ReferralCaseEvents.FailureToReferRecordedV1.class, e ->
                    TriggerFacts.naming(e.referralId(), RecipientKind.SUPERVISING_BODY,
                            List.of(e.supervisingBody())))
            .on(REFERRAL, ReferralCaseEvents.PoliceReportSubmittedV1.class, e ->
                    TriggerFacts.naming(e.referralId(), RecipientKind.RESPONSIBLE_POLICE_DISTRICT,
                            List.of(e.policeDistrict())))
            .on(REFERRAL, ReferralCaseEvents.SeparationDisobeyedV1.class, e ->
                    new TriggerFacts(e.referralId(), e.municipality(), List.of(), Set.of(),
                            Map.of(RecipientKind.RESPONSIBLE_POLICE_DISTRICT, List.of(e.policeDistrict()))))
            .on(REFERRAL, ReferralCaseEvents.WeaponsRightsRestrictedV1.class, e ->
                    territorial(e.referralId(), e.municipality()))
            .on(REFERRAL, ReferralCaseEvents.CaseConferenceHeldV1.class, e -> {
                    Set<String> involved = new LinkedHashSet<>(e.participants());
                    e.taskOwners().forEach(t -> involved.add(t.body()));
                    return TriggerFacts.naming(e.referralId(), RecipientKind.CASE_PLAN_BODIES, List.copyOf(involved));
                })
            .on(REFERRAL, ReferralCaseEvents.CaseClosedV1.class, e ->
                    TriggerFacts.naming(e.referralId(), RecipientKind.REPORTING_BODY, List.of(e.reportingBody())))
            .on(REFERRAL, ReferralCaseEvents.CaseReopenedV1.class, e ->
                    TriggerFacts.naming(e.referralId(), RecipientKind.REPORTING_BODY, List.of(e.reportingBody())))
            .on(REFERRAL, ReferralCaseEvents.TransferRequestedV1.class, e ->
                    TriggerFacts.naming(e.referralId(), RecipientKind.RECEIVING_UNIT, List.of(e.toUnit())))
            .on(REFERRAL, ReferralCaseEvents.StatutoryClockMissedV1.class, e ->
                    TriggerFacts.naming(e.referralId(), RecipientKind.OWNING_UNIT, List.of(e.owningUnit())))
            .on(REFERRAL, PreservationRequestRecordedV1.class, e -> preservationFacts(e.requestId(), e.referralId(),
                        e.receiptConfirmationRequested() ? Set.of(Condition.RECEIPT_CONFIRMATION_REQUESTED) : Set.of(),
                        Map.of(RecipientKind.REQUESTING_AUTHORITY, List.of(e.requestingAuthority()))))
            .on(REFERRAL, CentralAuthorityConsultedV1.class, e ->
                    preservationFacts(e.requestId(), e.referralId(), Set.of(), Map.of()))
            .on(REFERRAL, DualCriminalityDecidedV1.class, e -> preservationFacts(e.requestId(), e.referralId(),
                        e.approved() ? Set.of() : Set.of(Condition.REFUSED),
                        Map.of(RecipientKind.REQUESTING_AUTHORITY, List.of(e.requestingAuthority()))))
            .on(REFERRAL, ProviderAskedToPreserveV1.class, e ->
                    preservationFacts(e.requestId(), e.referralId(), Set.of(),
                        Map.of(RecipientKind.SERVICE_PROVIDER, List.of(e.serviceProvider()))))
            .on(REFERRAL, RequesterToldOfPreservationV1.class, e ->
                    preservationFacts(e.requestId(), e.referralId(), Set.of(),
                        Map.of(RecipientKind.REQUESTING_AUTHORITY, List.of(e.requestingAuthority()))))
            .on(REFERRAL, UrgentMlaOfferedV1.class, e -> preservationFacts(e.requestId(), e.referralId(), Set.of(),
                        Map.of(RecipientKind.REQUESTING_AUTHORITY, List.of(e.requestingAuthority()))))
            .on(REFERRAL, PreservationClockMissedV1.class, e ->
                    preservationFacts(e.requestId(), e.referralId(), Set.of(), Map.of()))
            .on(VICTIM_STATUS, VictimStatusEvents.RestrainingOrderIssuedV1.class, e -> {
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
                    return new TriggerFacts(e.referralId(), e.municipality(), List.of(), conditions,
                        Map.of(RecipientKind.ISSUING_BODY, List.of(e.issuingDistrict())));
                })
            .on(VICTIM_STATUS, VictimStatusEvents.ShelterTermEndedV1.class, e ->
                    territorial(e.referralId(), e.municipality()))
            .on(VICTIM_STATUS, VictimStatusEvents.ShelterPlacementEndedV1.class, e ->
                    new TriggerFacts(e.referralId(), e.municipality(), List.of(),
                        e.victimSafe() ? Set.of() : Set.of(Condition.VICTIM_UNSAFE), Map.of()))
            .on(VICTIM_STATUS, VictimStatusEvents.OrderRequestedV1.class, e ->
                    new TriggerFacts(e.referralId(), e.municipality(), List.of(), Set.of(),
                        Map.of(RecipientKind.ADDRESSED_BODY, List.of(e.addressedTo()))))
            .on(VICTIM_STATUS, VictimStatusEvents.OrderRequestAnsweredV1.class, e ->
                    territorial(e.referralId(), e.municipality()))
            .on(VICTIM_STATUS, VictimStatusEvents.SurveillanceImposedV1.class, e ->
                    new TriggerFacts(e.referralId(), e.municipality(), List.of(), Set.of(),
                        Map.of(RecipientKind.ISSUING_BODY, List.of(e.issuingDistrict()))))
            .on(VICTIM_STATUS, VictimStatusEvents.SurveillanceEndedV1.class, e ->
                    territorial(e.referralId(), e.municipality()))
            .on(VICTIM_STATUS, VictimStatusEvents.RestrainingOrderCancelledV1.class, e ->
                    territorial(e.referralId(), e.municipality()))
            .on(VICTIM_STATUS, VictimStatusEvents.ProtectiveOrderEndedV1.class, e ->
                    territorial(e.referralId(), e.municipality()))
            .on(VICTIM_STATUS, VictimStatusEvents.ProtectiveOrderIssuedV1.class, e ->
                    territorial(e.referralId(), e.municipality()))
            .on(VICTIM_STATUS, VictimStatusEvents.OrderExpiringV1.class, e ->
                    territorial(e.referralId(), e.municipality()))
            .on(VICTIM_STATUS, VictimStatusEvents.OrderViolatedV1.class, e ->
                    territorial(e.referralId(), e.municipality()))
            .on(VICTIM_STATUS, VictimStatusEvents.VictimStatusDecidedV1.class, e ->
                    territorial(e.referralId(), e.municipality()))
            .on(VICTIM_STATUS, VictimStatusEvents.PerpetratorMovementNotifiedV1.class, e ->
                    territorial(e.referralId(), e.municipality()))
            .on(VICTIM_STATUS, VictimStatusEvents.CriminalElementsFoundV1.class, e ->
                    territorial(e.referralId(), e.municipality()))
            .on(VICTIM_STATUS, VictimStatusEvents.RiskReassessmentRequestedV1.class, e ->
                    TriggerFacts.naming(e.referralId(), RecipientKind.RESPONSIBLE_POLICE_DISTRICT,
                        List.of(e.policeDistrict())))
            .on(VICTIM_STATUS, VictimStatusEvents.ProtectionLookupPerformedV1.class, e ->
                    TriggerFacts.naming(e.referralId(), RecipientKind.OWNING_UNIT, List.of(e.caseOwner())))
            .on(VICTIM_STATUS, VictimStatusEvents.ProtectionLookupQuotaExceededV1.class, e ->
                    TriggerFacts.naming(e.lookupId(), RecipientKind.AUDITORS, List.of()));

    private TriggerEvents() {
    }

    static Optional<TriggerFacts> factsOf(ReceivedIntegrationEvent event) {
        return ROUTES.route(event);
    }

    private static TriggerFacts filed(ReferralFiledV1 e) {
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        if (e.immediateDanger()) {
            conditions.add(Condition.IMMEDIATE_DANGER);
        }
        if (!e.onlineAbuseKinds().isEmpty()) {
            conditions.add(Condition.ONLINE_ELEMENT);
        }
        return new TriggerFacts(e.referralId(), e.municipality(), e.concerns().stream().map(Concern::name).toList(),
                conditions, Map.of(RecipientKind.REPORTING_BODY, List.of(e.reportingBody())));
    }

    /** The 24/7 contact point's preservation requests: who outside the division must hear of a step. */
    private static TriggerFacts preservationFacts(String requestId, String referralId, Set<Condition> conditions,
                                                  Map<RecipientKind, List<String>> named) {
        return new TriggerFacts(referralId, null, List.of(), conditions, named)
                .about("preservation-requests/" + requestId);
    }

    private static TriggerFacts territorial(String referralId, String municipality) {
        return new TriggerFacts(referralId, municipality, List.of(), Set.of(), Map.of());
    }
}
