package ge.mimartva.victimstatus.status;

import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.victimstatus.api.VictimStatusGrantor;
import ge.mimartva.victimstatus.api.VictimStatusGround;
import ge.mimartva.victimstatus.ProtectionRuleViolation;
import ge.mimartva.victimstatus.order.Party;
import ge.mimartva.victimstatus.status.VictimStatus.ApplyForVictimStatus;
import ge.mimartva.victimstatus.status.VictimStatus.GrantVictimStatus;
import ge.mimartva.victimstatus.status.VictimStatus.RefuseVictimStatus;
import ge.mimartva.victimstatus.status.VictimStatus.RevokeVictimStatus;
import ge.mimartva.victimstatus.status.VictimStatus.StatusClock;
import ge.mimartva.victimstatus.status.VictimStatus.VictimStatusApplied;
import ge.mimartva.victimstatus.status.VictimStatus.VictimStatusExpired;
import ge.mimartva.victimstatus.status.VictimStatus.VictimStatusExpiring;
import ge.mimartva.victimstatus.status.VictimStatus.VictimStatusGranted;
import ge.mimartva.victimstatus.status.VictimStatus.VictimStatusRefused;
import ge.mimartva.victimstatus.status.VictimStatus.VictimStatusRevoked;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** Victim status (L 4(f), 16¹): one test per rule and clock. */
class VictimStatusTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2026, 11, 23);
    private static final Party CHILD = new Party("ნინო", "ბერიძე", null, LocalDate.of(2015, 3, 14), "TBILISI-VAKE");
    private static final VictimStatusApplied APPLIED = new VictimStatusApplied("s-1", "r-1", true,
            VictimStatusGround.WITNESSED_VIOLENCE, CHILD, AT);
    private static final VictimStatus.StatusPolicy POLICY = new VictimStatus.StatusPolicy(Duration.ofDays(30));

    private AggregateTestFixture<VictimStatus> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(VictimStatus.class);
        fixture.registerInjectableResource(POLICY);
    }

    private static GrantVictimStatus groupGrant(LocalDate shelterUntil, boolean ordersPending, boolean prosecutionPending) {
        return new GrantVictimStatus("s-1", VictimStatusGrantor.VICTIM_IDENTIFICATION_GROUP, "VIG", "VIG-2026/117", null,
                null, shelterUntil == null ? null : FROM, shelterUntil, null, ordersPending, prosecutionPending, AT);
    }

    @Test
    void aChildWhoWitnessedViolenceCanApplyThroughARepresentative() {
        fixture.givenNoPriorActivity()
                .when(new ApplyForVictimStatus("s-1", "r-1", true, VictimStatusGround.WITNESSED_VIOLENCE, CHILD, AT))
                .expectEvents(APPLIED);
    }

    @Test
    void anApplicationWithoutItsGroundIsRefused() {
        fixture.givenNoPriorActivity().when(new ApplyForVictimStatus("s-1", null, true, null, CHILD, AT))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void theGroupsStatusLastsEighteenMonths() {
        fixture.given(APPLIED).when(groupGrant(null, false, false))
                .expectEvents(new VictimStatusGranted("s-1", "r-1", "TBILISI-VAKE", VictimStatusGrantor.VICTIM_IDENTIFICATION_GROUP,
                        "VIG", "VIG-2026/117", FROM, FROM.plusMonths(18), AT));
    }

    @Test
    void inAShelterTheGroupsStatusLastsTheShelterPeriod() {
        fixture.given(APPLIED).when(groupGrant(FROM.plusMonths(3), false, false))
                .expectEvents(new VictimStatusGranted("s-1", "r-1", "TBILISI-VAKE", VictimStatusGrantor.VICTIM_IDENTIFICATION_GROUP,
                        "VIG", "VIG-2026/117", FROM, FROM.plusMonths(3), AT));
    }

    /** L 16¹(1): the 18 months run from the grant, not from a date the caller sends (the old rule took it). */
    @Test
    void theGroupsEighteenMonthsRunFromTheGrantNotFromADateTheCallerSends() {
        fixture.given(APPLIED)
                .when(new GrantVictimStatus("s-1", VictimStatusGrantor.VICTIM_IDENTIFICATION_GROUP, "VIG", "VIG-2026/117",
                        FROM.minusMonths(2), null, null, null, null, false, false, AT))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    /** L 18(2): a placement lasts three months at most, unless the shelter extended it. */
    @Test
    void aShelterPeriodBeyondThreeMonthsNeedsTheSheltersExtension() {
        fixture.given(APPLIED).when(groupGrant(FROM.plusMonths(3).plusDays(1), false, false))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
        fixture.given(APPLIED)
                .when(new GrantVictimStatus("s-1", VictimStatusGrantor.VICTIM_IDENTIFICATION_GROUP, "VIG", "VIG-2026/117",
                        null, null, FROM, FROM.plusMonths(5), "extended by the shelter's council, decision 14/2026", false,
                        false, AT))
                .expectEvents(new VictimStatusGranted("s-1", "r-1", "TBILISI-VAKE", VictimStatusGrantor.VICTIM_IDENTIFICATION_GROUP,
                        "VIG", "VIG-2026/117", FROM, FROM.plusMonths(5), AT));
    }

    @Test
    void theGroupDoesNotGrantWhileOrderProceedingsArePending() {
        fixture.given(APPLIED).when(groupGrant(null, true, false)).expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void theGroupDoesNotGrantWhileAProsecutionIsPending() {
        fixture.given(APPLIED).when(groupGrant(null, false, true)).expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void aCourtGrantsDespitePendingProceedingsForThePeriodItSets() {
        fixture.given(APPLIED)
                .when(new GrantVictimStatus("s-1", VictimStatusGrantor.COURT, "CRT-TBILISI-CITY", "2/1234-26", FROM,
                        FROM.plusYears(1), null, null, null, true, true, AT))
                .expectEvents(new VictimStatusGranted("s-1", "r-1", "TBILISI-VAKE", VictimStatusGrantor.COURT,
                        "CRT-TBILISI-CITY", "2/1234-26", FROM, FROM.plusYears(1), AT));
    }

    @Test
    void anMiaGrantWithoutItsPeriodIsRefused() {
        fixture.given(APPLIED)
                .when(new GrantVictimStatus("s-1", VictimStatusGrantor.MIA_SERVICE, "MIA-D-X", "MIA/1", FROM, null, null,
                        null, null, false, false, AT))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void aGrantWithoutItsDecisionDocumentIsRefused() {
        fixture.given(APPLIED)
                .when(new GrantVictimStatus("s-1", VictimStatusGrantor.VICTIM_IDENTIFICATION_GROUP, "VIG", " ", null,
                        null, null, null, null, false, false, AT))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void aRefusalRecordsItsReason() {
        fixture.given(APPLIED)
                .when(new RefuseVictimStatus("s-1", VictimStatusGrantor.VICTIM_IDENTIFICATION_GROUP, "VIG", "VIG-2026/118",
                        "no grounds established", AT))
                .expectEvents(new VictimStatusRefused("s-1", "r-1", "TBILISI-VAKE", VictimStatusGrantor.VICTIM_IDENTIFICATION_GROUP,
                        "VIG", "VIG-2026/118", "no grounds established", AT));
    }

    @Test
    void aDecidedApplicationIsNotDecidedAgain() {
        fixture.given(APPLIED, new VictimStatusRefused("s-1", "r-1", "TBILISI-VAKE", VictimStatusGrantor.COURT, "CRT", "d",
                        "no grounds", AT))
                .when(groupGrant(null, false, false))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void aGrantedStatusIsRevokedWithAReason() {
        fixture.given(APPLIED, new VictimStatusGranted("s-1", "r-1", "TBILISI-VAKE",
                        VictimStatusGrantor.VICTIM_IDENTIFICATION_GROUP, "VIG", "d", FROM, FROM.plusMonths(18), AT))
                .when(new RevokeVictimStatus("s-1", "VIG", "granted on false information", AT.plusSeconds(60)))
                .expectEvents(new VictimStatusRevoked("s-1", "r-1", "TBILISI-VAKE", "VIG", "granted on false information",
                        AT.plusSeconds(60)));
    }

    @Test
    void onlyAGrantedStatusIsRevoked() {
        fixture.given(APPLIED).when(new RevokeVictimStatus("s-1", "VIG", "why", AT))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void aGrantSchedulesTheWarningAndTheExpiry() {
        LocalDate until = FROM.plusMonths(18);
        Instant end = until.plusDays(1).atStartOfDay(GeorgianTime.ZONE).toInstant();
        fixture.given(APPLIED).when(groupGrant(null, false, false))
                .expectScheduledDeadline(end.minus(Duration.ofDays(30)), new StatusClock("s-1", true, until))
                .expectScheduledDeadline(end, new StatusClock("s-1", false, until));
    }

    @Test
    void theSocialWorkerIsWarnedBeforeTheStatusExpiresAndThenItExpires() {
        LocalDate until = FROM.plusMonths(18);
        Instant end = until.plusDays(1).atStartOfDay(GeorgianTime.ZONE).toInstant();
        fixture.givenCommands(new ApplyForVictimStatus("s-1", "r-1", true, VictimStatusGround.WITNESSED_VIOLENCE, CHILD, AT),
                        groupGrant(null, false, false))
                .whenThenTimeAdvancesTo(end.plusSeconds(1))
                .expectEvents(new VictimStatusExpiring("s-1", "r-1", "TBILISI-VAKE", until),
                        new VictimStatusExpired("s-1", "r-1", "TBILISI-VAKE", until));
    }

    @Test
    void aRevokedStatusDoesNotExpireLater() {
        LocalDate until = FROM.plusMonths(18);
        fixture.givenCommands(new ApplyForVictimStatus("s-1", "r-1", true, VictimStatusGround.WITNESSED_VIOLENCE, CHILD, AT),
                        groupGrant(null, false, false), new RevokeVictimStatus("s-1", "VIG", "false information", AT))
                .whenThenTimeAdvancesTo(until.plusDays(2).atStartOfDay(GeorgianTime.ZONE).toInstant())
                .expectNoEvents();
    }
}
