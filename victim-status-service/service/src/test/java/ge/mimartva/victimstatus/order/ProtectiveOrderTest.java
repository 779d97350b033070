package ge.mimartva.victimstatus.order;

import ge.mimartva.victimstatus.ProtectionRuleViolation;
import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.victimstatus.order.Conciliation.DecideProtectiveOrderEnd;
import ge.mimartva.victimstatus.order.Conciliation.RequestProtectiveOrderEnd;
import ge.mimartva.victimstatus.order.Conciliation.TerminationOnConciliationRefused;
import ge.mimartva.victimstatus.order.Conciliation.TerminationOnConciliationRequested;
import ge.mimartva.victimstatus.order.ProtectiveOrder.ExtendProtectiveOrder;
import ge.mimartva.victimstatus.order.ProtectiveOrder.IssueProtectiveOrder;
import ge.mimartva.victimstatus.order.ProtectiveOrder.ProtectiveOrderEnded;
import ge.mimartva.victimstatus.order.ProtectiveOrder.ProtectiveOrderExpiryApproaching;
import ge.mimartva.victimstatus.order.ProtectiveOrder.ProtectiveOrderExtended;
import ge.mimartva.victimstatus.order.ProtectiveOrder.ProtectiveOrderIssued;
import ge.mimartva.victimstatus.order.ProtectiveOrder.ProtectiveOrderViolationRecorded;
import ge.mimartva.victimstatus.order.ProtectiveOrder.RecordProtectiveOrderViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** Protective orders (L 10, 12, 13): one test per rule and clock. */
class ProtectiveOrderTest {

    private static final Instant ISSUED = Instant.parse("2026-11-23T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final Party VICTIM = new Party("თამარ", "გელაშვილი", null, null, "TBILISI-VAKE");
    private static final Party ABUSER = new Party("გიორგი", "გელაშვილი", null, null, null);
    private static final LocalDate NINE_MONTHS = DAY.plusMonths(9);
    private static final Instant TEN_DAYS = ISSUED.plus(Duration.ofDays(10));

    private AggregateTestFixture<ProtectiveOrder> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProtectiveOrder.class);
        fixture.registerInjectableResource(OrderPolicy.LAW);
    }

    private static IssueProtectiveOrder issue(LocalDate until, boolean course, boolean minors) {
        return new IssueProtectiveOrder("p-1", "r-1", "CRT-TBILISI-CITY", ISSUED, VICTIM, ABUSER, until, course, minors);
    }

    private static ProtectiveOrderIssued issued(boolean minors) {
        return new ProtectiveOrderIssued("p-1", "r-1", "CRT-TBILISI-CITY", ISSUED, VICTIM, ABUSER, NINE_MONTHS, minors);
    }

    @Test
    void aCourtIssuesAnOrderOfNineMonthsAtMostWithTheCourse() {
        fixture.givenNoPriorActivity().when(issue(NINE_MONTHS, true, true)).expectEvents(issued(true));
    }

    @Test
    void anOrderOfMoreThanNineMonthsIsRefused() {
        fixture.givenNoPriorActivity().when(issue(NINE_MONTHS.plusDays(1), true, true))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void anOrderWithoutTheBehaviourCorrectionCourseIsRefused() {
        fixture.givenNoPriorActivity().when(issue(NINE_MONTHS, false, true))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void anOrderIsExtendedByThreeMonthsAtMostWhileTheRiskRemains() {
        Instant at = ISSUED.plus(Duration.ofDays(200));
        fixture.given(issued(true))
                .when(new ExtendProtectiveOrder("p-1", NINE_MONTHS.plusMonths(3), true, at))
                .expectEvents(new ProtectiveOrderExtended("p-1", "r-1", "CRT-TBILISI-CITY", "TBILISI-VAKE",
                        NINE_MONTHS.plusMonths(3), at));
    }

    /** L 12(2) limits the extensions' total, not their number (the old rule allowed one extension only). */
    @Test
    void aSecondExtensionWithinTheThreeMonthsIsRecorded() {
        fixture.given(issued(true), new ProtectiveOrderExtended("p-1", "r-1", "CRT", "TBILISI-VAKE", NINE_MONTHS.plusMonths(1), ISSUED))
                .when(new ExtendProtectiveOrder("p-1", NINE_MONTHS.plusMonths(2), true, ISSUED))
                .expectEvents(new ProtectiveOrderExtended("p-1", "r-1", "CRT-TBILISI-CITY", "TBILISI-VAKE",
                        NINE_MONTHS.plusMonths(2), ISSUED));
    }

    @Test
    void extensionsTogetherAddThreeMonthsAtMost() {
        fixture.given(issued(true), new ProtectiveOrderExtended("p-1", "r-1", "CRT", "TBILISI-VAKE", NINE_MONTHS.plusMonths(2), ISSUED))
                .when(new ExtendProtectiveOrder("p-1", NINE_MONTHS.plusMonths(3).plusDays(1), true, ISSUED))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void anExtensionOfMoreThanThreeMonthsIsRefused() {
        fixture.given(issued(true))
                .when(new ExtendProtectiveOrder("p-1", NINE_MONTHS.plusMonths(3).plusDays(1), true, ISSUED))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void anExtensionWithoutRemainingRiskIsRefused() {
        fixture.given(issued(true))
                .when(new ExtendProtectiveOrder("p-1", NINE_MONTHS.plusMonths(1), false, ISSUED))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    /** L 12(3): the joint request is recorded; it does not end the order by itself (the old rule ended it at once). */
    @Test
    void conciliationDoesNotEndAnOrderByItself() {
        fixture.given(issued(false))
                .when(new RequestProtectiveOrderEnd("p-1", TEN_DAYS, "clerk"))
                .expectEvents(new TerminationOnConciliationRequested("p-1", "r-1", TEN_DAYS));
    }

    /** L 13: a request about an order concerning a minor is refused at once. */
    @Test
    void aConciliationRequestAboutAnOrderConcerningAMinorIsRefused() {
        fixture.given(issued(true))
                .when(new RequestProtectiveOrderEnd("p-1", TEN_DAYS, "clerk"))
                .expectEvents(new TerminationOnConciliationRequested("p-1", "r-1", TEN_DAYS),
                        new TerminationOnConciliationRefused("p-1", "r-1", Conciliation.MINORS_INTERESTS, TEN_DAYS));
    }

    @Test
    void theCourtEndsTheOrderOnConciliationAfterAStudyOfTheCase() {
        fixture.given(issued(false), new TerminationOnConciliationRequested("p-1", "r-1", TEN_DAYS))
                .when(new DecideProtectiveOrderEnd("p-1", true, false, "no threat found after hearing both", TEN_DAYS, "clerk"))
                .expectEvents(new ProtectiveOrderEnded("p-1", "r-1", "CONCILIATION", DAY.plusDays(10), "TBILISI-VAKE"));
    }

    @Test
    void anOrderIsNotEndedOnConciliationWhereTheStudyFoundAThreat() {
        fixture.given(issued(false), new TerminationOnConciliationRequested("p-1", "r-1", TEN_DAYS))
                .when(new DecideProtectiveOrderEnd("p-1", true, true, "threats renewed", TEN_DAYS, "clerk"))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void theCourtRefusesTheRequestWithItsReasons() {
        fixture.given(issued(false), new TerminationOnConciliationRequested("p-1", "r-1", TEN_DAYS))
                .when(new DecideProtectiveOrderEnd("p-1", false, true, "threats renewed", TEN_DAYS, "clerk"))
                .expectEvents(new TerminationOnConciliationRefused("p-1", "r-1", "threats renewed", TEN_DAYS));
    }

    @Test
    void thereIsNoDecisionWithoutARequest() {
        fixture.given(issued(false))
                .when(new DecideProtectiveOrderEnd("p-1", true, false, "no threat", TEN_DAYS, "clerk"))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void aViolationIsRecordedForThePolice() {
        Instant at = ISSUED.plus(Duration.ofDays(3));
        fixture.given(issued(true))
                .when(new RecordProtectiveOrderViolation("p-1", at))
                .expectEvents(new ProtectiveOrderViolationRecorded("p-1", "r-1", "TBILISI-VAKE", at));
    }

    @Test
    void afterAnExtensionTheOldEndPassesWithoutEvents() {
        fixture.givenCommands(issue(NINE_MONTHS, true, true),
                        new ExtendProtectiveOrder("p-1", NINE_MONTHS.plusMonths(2), true, ISSUED.plus(Duration.ofDays(100))))
                .whenThenTimeAdvancesTo(GeorgianTime.endOf(NINE_MONTHS).plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void afterAnExtensionTheWarningAndTheEndComeAtTheNewEnd() {
        fixture.givenCommands(issue(NINE_MONTHS, true, true),
                        new ExtendProtectiveOrder("p-1", NINE_MONTHS.plusMonths(2), true, ISSUED.plus(Duration.ofDays(100))))
                .whenThenTimeAdvancesTo(GeorgianTime.endOf(NINE_MONTHS.plusMonths(2)).plusSeconds(1))
                .expectEvents(new ProtectiveOrderExpiryApproaching("p-1", "r-1", "TBILISI-VAKE", NINE_MONTHS.plusMonths(2)),
                        new ProtectiveOrderEnded("p-1", "r-1", "EXPIRED", NINE_MONTHS.plusMonths(2), "TBILISI-VAKE"));
    }

    @Test
    void anEndedOrderIsNotExtended() {
        fixture.given(issued(false), new ProtectiveOrderEnded("p-1", "r-1", "CONCILIATION", DAY, "TBILISI-VAKE"))
                .when(new ExtendProtectiveOrder("p-1", NINE_MONTHS.plusMonths(1), true, ISSUED))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }
}
