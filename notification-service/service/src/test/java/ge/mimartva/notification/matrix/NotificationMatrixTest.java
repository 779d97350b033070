package ge.mimartva.notification.matrix;

import ge.mimartva.notification.api.NotificationContract;
import ge.mimartva.notification.matrix.NotificationMatrix.Addressed;
import ge.mimartva.notification.matrix.NotificationRule.Condition;
import ge.mimartva.notification.matrix.NotificationRule.RecipientKind;
import ge.mimartva.reference.ReferenceData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each row of the bundled matrix: the right bodies, the right channel, the right acknowledgement clock. */
class NotificationMatrixTest {

    private static final String VAKE_UNIT = "SCA-TU-TBILISI-VAKE-SABURTALO";
    private static final String VAKE_POLICE = "MIA-D-TBILISI-VAKE-SABURTALO";
    private static final String VAKE_GUARDIANSHIP = "GCB-TBILISI-VAKE";
    private static final String SCHOOL = "SCH-TBILISI-VAKE-051";

    private final NotificationMatrix matrix = bundled();

    private static NotificationMatrix bundled() {
        try (InputStream in = NotificationMatrixTest.class.getResourceAsStream("/notification-matrix.json")) {
            return NotificationMatrix.load(in, ReferenceData.bundled());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TriggerFacts filed(boolean immediateDanger) {
        return filed(immediateDanger, "NEGLECT");
    }

    private static TriggerFacts filed(boolean immediateDanger, String concern) {
        return new TriggerFacts("r-1", "TBILISI-VAKE", List.of(concern),
                immediateDanger ? Set.of(Condition.IMMEDIATE_DANGER) : Set.of(),
                Map.of(RecipientKind.REPORTING_BODY, List.of(SCHOOL)));
    }

    private static TriggerFacts naming(RecipientKind kind, String... bodies) {
        return TriggerFacts.naming("r-1", kind, List.of(bodies));
    }

    /** "rule → body, channel, clock" for each notification. */
    private static List<String> told(List<Addressed> addressed) {
        return addressed.stream().map(a -> a.rule().id() + " → " + a.body().id() + ", " + a.recipient().channel() + ", "
                + a.recipient().acknowledgeWithin() + (a.recipient().escalates() ? "" : ", no escalation")).toList();
    }

    @Test
    void theContractNamesEveryRowOfTheMatrixInItsOrder() {
        assertThat(matrix.rules()).extracting(NotificationRule::id).containsExactlyElementsOf(NotificationContract.RULES);
    }

    @Test
    void n1TheAgencyUnitOfTheChildsMunicipalityIsToldOfEveryReferral() {
        assertThat(told(matrix.notificationsFor("referral.ReferralFiled", filed(false))))
                .containsExactly("N1 → " + VAKE_UNIT + ", INBOX, PT1H");
    }

    @Test
    void n2ThePoliceDistrictIsToldWhenTheChildIsInImmediateDanger() {
        assertThat(told(matrix.notificationsFor("referral.ReferralFiled", filed(true))))
                .containsExactly("N1 → " + VAKE_UNIT + ", INBOX, PT1H", "N2 → " + VAKE_POLICE + ", INBOX, PT15M");
    }

    /** L 16(1-2): a suspected crime reaches the police even without immediate danger (the old row did not). */
    @Test
    void n2ThePoliceDistrictIsToldOfASuspectedCrimeEvenWithoutImmediateDanger() {
        for (String crime : List.of("SEXUAL", "PHYSICAL", "COERCION", "EARLY_MARRIAGE_OR_PREGNANCY")) {
            assertThat(told(matrix.notificationsFor("referral.ReferralFiled", filed(false, crime))))
                    .as(crime).containsExactly("N1 → " + VAKE_UNIT + ", INBOX, PT1H", "N2 → " + VAKE_POLICE + ", INBOX, PT15M");
        }
        assertThat(told(matrix.notificationsFor("referral.ReferralFiled", filed(true, "SEXUAL"))))
                .as("told once").containsExactly("N1 → " + VAKE_UNIT + ", INBOX, PT1H", "N2 → " + VAKE_POLICE + ", INBOX, PT15M");
    }

    /**
     * Lanzarote answers, Q13-14: abuse through technologies reaches the Cyber Crime Division too, within the hour,
     * besides the unit (N1) and, for a suspected crime, the district (N2).
     */
    @Test
    void n19TheCyberCrimeDivisionIsToldOfAReferralWithAnOnlineElement() {
        TriggerFacts online = filed(false, "SEXUAL").with(Condition.ONLINE_ELEMENT);
        assertThat(told(matrix.notificationsFor("referral.ReferralFiled", online))).containsExactly(
                "N1 → " + VAKE_UNIT + ", INBOX, PT1H", "N2 → " + VAKE_POLICE + ", INBOX, PT15M", "N19 → MIA-CCD, INBOX, PT1H");
        assertThat(told(matrix.notificationsFor("referral.ReferralFiled", filed(false, "SEXUAL"))))
                .noneMatch(n -> n.startsWith("N19"));
    }

    private static TriggerFacts preservation(Set<Condition> conditions, RecipientKind kind, String body) {
        return new TriggerFacts(null, null, List.of(), conditions, kind == null ? Map.of() : Map.of(kind, List.of(body)))
                .about("preservation-requests/p-1");
    }

    /**
     * Lanzarote answers, Q14: the 24/7 contact point's preservation flow tells the requester (receipt when asked,
     * preservation, urgent MLA, a refusal), the central authority when consulted, the provider when asked, and the
     * division when a step is late. A foreign body is never escalated to a duty officer of ours.
     */
    @Test
    void prTheRequesterTheCentralAuthorityAndTheProviderAreToldOfTheirStepsOfAPreservationRequest() {
        assertThat(told(matrix.notificationsFor("referral.PreservationRequestRecorded",
                preservation(Set.of(Condition.RECEIPT_CONFIRMATION_REQUESTED), RecipientKind.REQUESTING_AUTHORITY, "CP247-DE"))))
                .containsExactly("PR1 → CP247-DE, INBOX, PT24H, no escalation");
        assertThat(matrix.notificationsFor("referral.PreservationRequestRecorded",
                preservation(Set.of(), RecipientKind.REQUESTING_AUTHORITY, "CP247-DE"))).as("no receipt asked").isEmpty();
        assertThat(told(matrix.notificationsFor("referral.CentralAuthorityConsulted", preservation(Set.of(), null, null))))
                .containsExactly("PR2 → PRO-GEO-IC, INBOX, PT1H");
        assertThat(told(matrix.notificationsFor("referral.ProviderAskedToPreserve",
                preservation(Set.of(), RecipientKind.SERVICE_PROVIDER, "ISP-SOCIAL-01"))))
                .containsExactly("PR3 → ISP-SOCIAL-01, INBOX, PT4H, no escalation");
        assertThat(told(matrix.notificationsFor("referral.RequesterToldOfPreservation",
                preservation(Set.of(), RecipientKind.REQUESTING_AUTHORITY, "CP247-DE"))))
                .containsExactly("PR4 → CP247-DE, INBOX, PT24H, no escalation");
        assertThat(told(matrix.notificationsFor("referral.UrgentMlaOffered",
                preservation(Set.of(), RecipientKind.REQUESTING_AUTHORITY, "CP247-DE"))))
                .containsExactly("PR5 → CP247-DE, INBOX, PT24H, no escalation");
        assertThat(told(matrix.notificationsFor("referral.DualCriminalityDecided",
                preservation(Set.of(Condition.REFUSED), RecipientKind.REQUESTING_AUTHORITY, "CP247-DE"))))
                .containsExactly("PR6 → CP247-DE, INBOX, PT24H, no escalation");
        assertThat(matrix.notificationsFor("referral.DualCriminalityDecided",
                preservation(Set.of(), RecipientKind.REQUESTING_AUTHORITY, "CP247-DE"))).as("approved").isEmpty();
        assertThat(told(matrix.notificationsFor("referral.PreservationClockMissed", preservation(Set.of(), null, null))))
                .containsExactly("PR7 → MIA-CCD, INBOX, PT1H");
        assertThat(matrix.notificationsFor("referral.ProviderAskedToPreserve",
                preservation(Set.of(), RecipientKind.SERVICE_PROVIDER, "ISP-SOCIAL-01")).get(0).body().name())
                .isEqualTo("Social network's law-enforcement desk (demo)");
    }

    /** L 10(4), 16(3)(i): disobedience reaches the enforcing district; the weapons order, the weapons register. */
    @Test
    void n8dAndN8wDisobedienceOfASeparationReachesThePoliceAndTheWeaponsOrderTheServiceAgency() {
        assertThat(told(matrix.notificationsFor("referral.SeparationDisobeyed", new TriggerFacts("r-1", "TBILISI-VAKE",
                List.of(), Set.of(), Map.of(RecipientKind.RESPONSIBLE_POLICE_DISTRICT, List.of(VAKE_POLICE))))))
                .containsExactly("N8D → " + VAKE_POLICE + ", INBOX, PT1H");
        assertThat(told(matrix.notificationsFor("referral.WeaponsRightsRestricted", inVake())))
                .containsExactly("N8W → MIA-SA, INBOX, PT24H");
    }

    /** L 14¹(2): an institution that failed to refer answers to its supervising body, which is told. */
    @Test
    void n14fAFailureToReferReachesTheInstitutionsSupervisingBody() {
        assertThat(told(matrix.notificationsFor("referral.FailureToReferRecorded",
                naming(RecipientKind.SUPERVISING_BODY, "MES-GEO"))))
                .containsExactly("N14F → MES-GEO, INBOX, PT72H");
    }

    /** L 16(4): the police report goes to the supervising prosecutor. */
    @Test
    void n16rThePoliceReportReachesTheProsecutorsOffice() {
        assertThat(told(matrix.notificationsFor("referral.PoliceReportSubmitted",
                naming(RecipientKind.RESPONSIBLE_POLICE_DISTRICT, VAKE_POLICE))))
                .containsExactly("N16R → PRO-GEO, INBOX, PT24H");
    }

    /** L 11(1), 10¹(5): a request reaches the body it is addressed to; its answer reaches the social worker. */
    @Test
    void n11qAndN11aARequestForAnOrderReachesTheAddressedBodyAndItsAnswerTheSocialWorker() {
        assertThat(told(matrix.notificationsFor("victim-status.OrderRequested", new TriggerFacts("r-1", "TBILISI-VAKE",
                List.of(), Set.of(), Map.of(RecipientKind.ADDRESSED_BODY, List.of("CRT-TBILISI-CITY"))))))
                .containsExactly("N11Q → CRT-TBILISI-CITY, INBOX, PT1H");
        assertThat(told(matrix.notificationsFor("victim-status.OrderRequestAnswered", inVake())))
                .containsExactly("N11A → " + VAKE_UNIT + ", INBOX, PT24H");
    }

    /** L 18(2): the term's end goes to the social worker; a victim not safe at the end, to the police. */
    @Test
    void n18TheSocialWorkerIsToldTheTermEndedAndThePoliceThatTheVictimIsNotSafe() {
        assertThat(told(matrix.notificationsFor("victim-status.ShelterTermEnded", inVake())))
                .containsExactly("N18T → " + VAKE_UNIT + ", INBOX, PT24H");
        assertThat(told(matrix.notificationsFor("victim-status.ShelterPlacementEnded", inVake(Condition.VICTIM_UNSAFE))))
                .containsExactly("N18 → " + VAKE_POLICE + ", INBOX, PT1H");
        assertThat(matrix.notificationsFor("victim-status.ShelterPlacementEnded", inVake())).isEmpty();
    }

    /** L 10¹(4), (12), (13): the protocol to the district, the register and LEPL 112; the issuing district serves it. */
    @Test
    void n3pASurveillanceProtocolGoesToLepl112AndTheIssuingDistrictServesAndSubmitsItWithin24Hours() {
        assertThat(told(matrix.notificationsFor("victim-status.SurveillanceImposed", inVake())))
                .containsExactly("N3P → " + VAKE_POLICE + ", INBOX, PT24H", "N3P → MIA-IA, INBOX, PT24H",
                        "N3P → LEPL-112, INBOX, PT1H");
    }

    /** L 10¹(4), (27): LEPL 112 is told at once when surveillance ends. */
    @Test
    void n3eLepl112AndThePoliceAreToldWhenSurveillanceEnds() {
        assertThat(told(matrix.notificationsFor("victim-status.SurveillanceEnded", inVake())))
                .containsExactly("N3E → LEPL-112, INBOX, PT1H", "N3E → " + VAKE_POLICE + ", INBOX, PT1H");
    }

    /** L 16(6): the police supervise orders, so they are told when one is cancelled or ends. */
    @Test
    void n7cAndN6eThePoliceAreToldWhenAnOrderIsCancelledOrAProtectiveOrderEnds() {
        assertThat(told(matrix.notificationsFor("victim-status.RestrainingOrderCancelled", inVake())))
                .containsExactly("N7C → " + VAKE_POLICE + ", INBOX, PT1H", "N7C → MIA-IA, INBOX, PT24H");
        assertThat(told(matrix.notificationsFor("victim-status.ProtectiveOrderEnded", inVake())))
                .containsExactly("N6E → " + VAKE_POLICE + ", INBOX, PT24H");
    }

    private static TriggerFacts inVake(Condition... conditions) {
        return new TriggerFacts("r-1", "TBILISI-VAKE", List.of(), Set.of(conditions),
                Map.of(RecipientKind.ISSUING_BODY, List.of(VAKE_POLICE)));
    }

    @Test
    void n3CopiesOfARestrainingOrderGoToThePoliceAndMiaIaAndToFurtherBodiesOnlyWhenTheOrderSaysSo() {
        assertThat(told(matrix.notificationsFor("victim-status.RestrainingOrderIssued", inVake())))
                .containsExactly("N3 → " + VAKE_POLICE + ", INBOX, PT1H", "N3 → MIA-IA, INBOX, PT24H",
                        "N4 → " + VAKE_POLICE + ", INBOX, PT72H");
        assertThat(told(matrix.notificationsFor("victim-status.RestrainingOrderIssued", inVake(
                Condition.WEAPONS_RESTRICTED, Condition.ELECTRONIC_SURVEILLANCE, Condition.MINORS_CONCERNED))))
                .containsExactly("N3 → " + VAKE_POLICE + ", INBOX, PT1H", "N3 → MIA-IA, INBOX, PT24H",
                        "N3 → MIA-SA, INBOX, PT24H", "N3 → LEPL-112, INBOX, PT1H", "N3 → " + VAKE_GUARDIANSHIP + ", INBOX, PT1H",
                        "N4 → " + VAKE_POLICE + ", INBOX, PT72H");
    }

    @Test
    void n5AnExpiringOrderIsReportedToTheSocialWorkerAndThePolice() {
        assertThat(told(matrix.notificationsFor("victim-status.OrderExpiring", inVake())))
                .containsExactly("N5 → " + VAKE_UNIT + ", INBOX, PT24H", "N5 → " + VAKE_POLICE + ", INBOX, PT24H");
    }

    @Test
    void n6AProtectiveOrderGoesToThePoliceTheSocialWorkerAndTheGuardianshipBody() {
        assertThat(told(matrix.notificationsFor("victim-status.ProtectiveOrderIssued", inVake())))
                .containsExactly("N6 → " + VAKE_POLICE + ", INBOX, PT1H", "N6 → " + VAKE_UNIT + ", INBOX, PT24H",
                        "N6 → " + VAKE_GUARDIANSHIP + ", INBOX, PT24H");
    }

    @Test
    void n7AViolatedOrderGoesToThePoliceAtOnce() {
        assertThat(told(matrix.notificationsFor("victim-status.OrderViolated", inVake())))
                .containsExactly("N7 → " + VAKE_POLICE + ", INBOX, PT15M");
    }

    @Test
    void n9AVictimStatusDecisionGoesToTheSocialWorker() {
        assertThat(told(matrix.notificationsFor("victim-status.VictimStatusDecided", inVake())))
                .containsExactly("N9 → " + VAKE_UNIT + ", INBOX, PT24H");
    }

    @Test
    void n10APerpetratorsReleaseGoesToThePoliceOfTheVictimsResidenceAndTheSocialWorker() {
        assertThat(told(matrix.notificationsFor("victim-status.PerpetratorMovementNotified", inVake())))
                .containsExactly("N10 → " + VAKE_POLICE + ", INBOX, PT15M", "N10 → " + VAKE_UNIT + ", INBOX, PT1H");
    }

    @Test
    void n10TheVictimsPoliceDistrictIsGivenTheRiskReassessment() {
        assertThat(told(matrix.notificationsFor("victim-status.RiskReassessmentRequested",
                naming(RecipientKind.RESPONSIBLE_POLICE_DISTRICT, VAKE_POLICE))))
                .containsExactly("N10R → " + VAKE_POLICE + ", INBOX, PT1H");
    }

    @Test
    void n11CriminalElementsGoToTheProsecutorsOffice() {
        assertThat(told(matrix.notificationsFor("victim-status.CriminalElementsFound", inVake())))
                .containsExactly("N11 → PRO-GEO, INBOX, PT1H");
    }

    @Test
    void n8ASeparationGoesToTheEnforcingPoliceTheGuardianshipBodyAndThePlacementProvider() {
        TriggerFacts separation = new TriggerFacts("r-1", "TBILISI-VAKE", List.of(), Set.of(),
                Map.of(RecipientKind.RESPONSIBLE_POLICE_DISTRICT, List.of(VAKE_POLICE),
                        RecipientKind.PLACEMENT_PROVIDER, List.of("PP-SFH-TBILISI-01")));
        List<Addressed> addressed = matrix.notificationsFor("referral.SeparationDecided", separation);
        assertThat(told(addressed)).containsExactly("N8 → " + VAKE_POLICE + ", INBOX, PT15M",
                "N8 → " + VAKE_GUARDIANSHIP + ", INBOX, PT1H", "N8 → PP-SFH-TBILISI-01, INBOX, PT1H");
        assertThat(addressed.get(2).body().name()).isEqualTo("Small family-type home No 1, Tbilisi");
    }

    /** A separation recorded before the decision named the placement reaches the police and guardianship body. */
    @Test
    void n8AnOlderSeparationWithoutAPlacementProviderStillReachesThePoliceAndTheGuardianshipBody() {
        TriggerFacts separation = new TriggerFacts("r-1", "TBILISI-VAKE", List.of(), Set.of(),
                Map.of(RecipientKind.RESPONSIBLE_POLICE_DISTRICT, List.of(VAKE_POLICE)));
        assertThat(told(matrix.notificationsFor("referral.SeparationDecided", separation)))
                .containsExactly("N8 → " + VAKE_POLICE + ", INBOX, PT15M", "N8 → " + VAKE_GUARDIANSHIP + ", INBOX, PT1H");
    }

    @Test
    void n12EveryBodyOfTheCasePlanIsToldOnce() {
        assertThat(told(matrix.notificationsFor("referral.CaseConferenceHeld",
                naming(RecipientKind.CASE_PLAN_BODIES, SCHOOL, VAKE_GUARDIANSHIP, SCHOOL))))
                .containsExactly("N12 → " + SCHOOL + ", INBOX, PT24H", "N12 → " + VAKE_GUARDIANSHIP + ", INBOX, PT24H");
    }

    @Test
    void n13TheOriginalReporterIsToldOfTheClosureAndOfAReopening() {
        assertThat(told(matrix.notificationsFor("referral.CaseClosed", naming(RecipientKind.REPORTING_BODY, SCHOOL))))
                .containsExactly("N13 → " + SCHOOL + ", INBOX, PT72H");
        assertThat(told(matrix.notificationsFor("referral.CaseReopened", naming(RecipientKind.REPORTING_BODY, SCHOOL))))
                .containsExactly("N13R → " + SCHOOL + ", INBOX, PT72H");
    }

    @Test
    void n14TheReceivingUnitIsAskedToTakeTheCaseOver() {
        assertThat(told(matrix.notificationsFor("referral.TransferRequested",
                naming(RecipientKind.RECEIVING_UNIT, "SCA-TU-BATUMI"))))
                .containsExactly("N14 → SCA-TU-BATUMI, INBOX, PT24H");
    }

    @Test
    void n15AnUnacknowledgedNotificationGoesToTheBodysDutyOfficerAndDoesNotEscalateAgain() {
        assertThat(told(matrix.notificationsFor("notification.NotificationEscalated",
                naming(RecipientKind.UNACKNOWLEDGING_BODY, VAKE_POLICE))))
                .containsExactly("N15 → " + VAKE_POLICE + ", INBOX, PT1H, no escalation");
    }

    @Test
    void aMissedStatutoryClockGoesToTheOwningUnitsSupervisors() {
        assertThat(told(matrix.notificationsFor("referral.StatutoryClockMissed", naming(RecipientKind.OWNING_UNIT, VAKE_UNIT))))
                .containsExactly("N15C → " + VAKE_UNIT + ", INBOX, PT1H, no escalation");
    }

    @Test
    void aProtectionLookupOfAChildWithAnOpenCaseIsMadeKnownToTheCaseOwner() {
        assertThat(told(matrix.notificationsFor("victim-status.ProtectionLookupPerformed", naming(RecipientKind.OWNING_UNIT, VAKE_UNIT))))
                .containsExactly("PL1 → " + VAKE_UNIT + ", INBOX, PT24H, no escalation");
    }

    /** A user who looks up children beyond the daily quota is searching: the auditors are told. */
    @Test
    void pl2LookupsBeyondTheDailyQuotaReachTheAuditors() {
        assertThat(told(matrix.notificationsFor("victim-status.ProtectionLookupQuotaExceeded",
                naming(RecipientKind.AUDITORS))))
                .containsExactly("PL2 → MIMARTVA-AUDIT, INBOX, PT24H, no escalation");
    }

    @Test
    void bodiesOfTheRoutingFileKeepTheirNames() {
        Addressed n14 = matrix.notificationsFor("referral.TransferRequested",
                naming(RecipientKind.RECEIVING_UNIT, "SCA-TU-BATUMI")).get(0);
        assertThat(n14.body().name()).isNotEqualTo("SCA-TU-BATUMI");
        assertThat(n14.rule().version()).isEqualTo(1);
        assertThat(n14.rule().legalBasis()).isNotBlank();
    }

    @Test
    void anEventThatTriggersNoRowIssuesNothing() {
        assertThat(matrix.notificationsFor("referral.FirstContactMade", naming(RecipientKind.OWNING_UNIT, VAKE_UNIT))).isEmpty();
    }

    @Test
    void aTerritorialRecipientWithoutARoutableMunicipalityIsAConfigurationError() {
        assertThatThrownBy(() -> matrix.notificationsFor("referral.ReferralFiled",
                new TriggerFacts("r-1", "NOWHERE", List.of(), Set.of(), Map.of())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyRuleStatesItsLegalBasisAndEveryRecipientAPositiveClock() {
        assertThat(matrix.rules()).allSatisfy(rule -> {
            assertThat(rule.legalBasis()).isNotBlank();
            assertThat(rule.assumption()).startsWith("[A]");
            assertThat(rule.recipients()).isNotEmpty().allSatisfy(r ->
                    assertThat(r.acknowledgeWithin()).isGreaterThan(Duration.ZERO));
        });
    }
}
