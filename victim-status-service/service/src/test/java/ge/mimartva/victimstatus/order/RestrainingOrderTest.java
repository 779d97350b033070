package ge.mimartva.victimstatus.order;

import ge.mimartva.victimstatus.ProtectionRuleViolated;
import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.pseudonym.SubjectPseudonyms;
import ge.mimartva.victimstatus.api.AppealingParty;
import ge.mimartva.victimstatus.api.ProhibitedMatter;
import ge.mimartva.victimstatus.order.OrderCommands.ApproveSurveillance;
import ge.mimartva.victimstatus.order.OrderCommands.IssueRestrainingOrder;
import ge.mimartva.victimstatus.order.OrderCommands.LodgeAppeal;
import ge.mimartva.victimstatus.order.OrderCommands.RecordCriminalElements;
import ge.mimartva.victimstatus.order.OrderCommands.RecordViolation;
import ge.mimartva.victimstatus.order.OrderEvents.AppealLodged;
import ge.mimartva.victimstatus.order.OrderEvents.AppealWindowClosed;
import ge.mimartva.victimstatus.order.OrderEvents.CriminalElementsRecorded;
import ge.mimartva.victimstatus.order.OrderEvents.OrderExpired;
import ge.mimartva.victimstatus.order.OrderEvents.OrderExpiryApproaching;
import ge.mimartva.victimstatus.order.OrderEvents.OrderViolationRecorded;
import ge.mimartva.victimstatus.order.OrderEvents.RestrainingOrderIssued;
import ge.mimartva.victimstatus.order.OrderEvents.SurveillanceApproved;
import ge.mimartva.victimstatus.order.OrderEvents.SurveillanceEnded;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.equalTo;



/** Restraining orders (L 10, 10¹): one test per rule and clock. */
class RestrainingOrderTest {

    private static final Instant ISSUED = Instant.parse("2026-11-23T08:00:00Z"); // 12:00 in Tbilisi
    private static final LocalDate ISSUE_DAY = LocalDate.of(2026, 11, 23);
    private static final String DISTRICT = "MIA-D-TBILISI-VAKE-SABURTALO";
    private static final Party VICTIM = new Party("თამარ", "გელაშვილი", "01001012345", LocalDate.of(1990, 1, 1), "TBILISI-VAKE");
    private static final Party ABUSER = new Party("გიორგი", "გელაშვილი", null, null, null);
    private static final OrderPolicy POLICY = OrderPolicy.LAW;
    private static final SubjectPseudonyms PSEUDONYMS = new SubjectPseudonyms("restraining-order-test-key");

    private AggregateTestFixture<RestrainingOrder> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RestrainingOrder.class);
        fixture.registerInjectableResource(POLICY);
        fixture.registerInjectableResource(PSEUDONYMS);
    }

    private static IssueRestrainingOrder order(Set<ProhibitedMatter> matters, LocalDate validUntil, Set<String> articles,
                                               boolean victimSigned, String victimNotSignedBecause, String consent) {
        return new IssueRestrainingOrder("o-1", "r-1", DISTRICT, "police-1", ISSUED, "Tbilisi, Vake", "threats at home",
                VICTIM, ABUSER, matters, validUntil, articles, false, true, victimSigned, victimNotSignedBecause, true,
                null, consent);
    }

    private static IssueRestrainingOrder valid() {
        return order(Set.of(ProhibitedMatter.NO_APPROACH), ISSUE_DAY.plusMonths(1), Set.of(), true, null, null);
    }

    private static IssueRestrainingOrder withSurveillance() {
        return order(Set.of(ProhibitedMatter.NO_APPROACH, ProhibitedMatter.ELECTRONIC_SURVEILLANCE),
                ISSUE_DAY.plusMonths(1), Set.of(), true, null, "the victim consented in writing");
    }

    private static RestrainingOrderIssued issued(IssueRestrainingOrder c) {
        return issued(c, PSEUDONYMS.of(VICTIM.personalNumber()));
    }

    private static RestrainingOrderIssued issued(IssueRestrainingOrder c, String victimSubjectId) {
        boolean surveillance = c.matters().contains(ProhibitedMatter.ELECTRONIC_SURVEILLANCE);
        return new RestrainingOrderIssued("o-1", "r-1", DISTRICT, "police-1", ISSUED, c.place(), c.circumstances(),
                c.victim(), victimSubjectId, ABUSER, c.matters(), c.validUntil(), c.investigatedArticles(), false, true,
                c.victimSigned(),
                c.victimNotSignedBecause(), true, null, c.surveillanceConsent(), ISSUED.plus(Duration.ofDays(3)),
                surveillance ? ISSUED.plus(Duration.ofHours(24)) : null);
    }

    private void refused(IssueRestrainingOrder c) {
        fixture.givenNoPriorActivity().when(c).expectException(ProtectionRuleViolated.class).expectNoEvents();
    }

    @Test
    void anOrderIsIssuedInForceAtOnceWithItsClocks() {
        Instant expiry = LocalDate.of(2026, 12, 24).atStartOfDay(GeorgianTime.ZONE).toInstant();
        fixture.givenNoPriorActivity()
                .when(valid())
                .expectEvents(issued(valid()))
                .expectScheduledDeadline(ISSUED.plus(Duration.ofDays(3)), new OrderClock("o-1", OrderClock.Kind.APPEAL_WINDOW))
                .expectScheduledDeadline(expiry.minus(Duration.ofDays(5)), new OrderClock("o-1", OrderClock.Kind.EXPIRY_ALERT))
                .expectScheduledDeadline(expiry, new OrderClock("o-1", OrderClock.Kind.EXPIRY));
    }

    @Test
    void theOrdersPersonalDataIsTheVictimsByPersonalNumberOrElseOfASubjectOfTheOrdersOwn() {
        IssueRestrainingOrder unnumbered = new IssueRestrainingOrder("o-1", "r-1", DISTRICT, "police-1", ISSUED,
                "Tbilisi, Vake", "threats at home", new Party("თამარ", "გელაშვილი", null, null, "TBILISI-VAKE"), ABUSER,
                Set.of(ProhibitedMatter.NO_APPROACH), ISSUE_DAY.plusMonths(1), Set.of(), false, true, true, null, true,
                null, null);
        fixture.givenNoPriorActivity()
                .when(unnumbered)
                .expectEvents(issued(unnumbered, UUID.nameUUIDFromBytes(
                        "victim on restraining order o-1".getBytes(StandardCharsets.UTF_8)).toString()));
    }

    @Test
    void anOrderOfMoreThanOneMonthIsRefused() {
        refused(order(Set.of(ProhibitedMatter.NO_APPROACH), ISSUE_DAY.plusMonths(1).plusDays(1), Set.of(), true, null, null));
    }

    @Test
    void anOrderEndingBeforeItsIssueIsRefused() {
        refused(order(Set.of(ProhibitedMatter.NO_APPROACH), ISSUE_DAY.minusDays(1), Set.of(), true, null, null));
    }

    @Test
    void anOrderProhibitingNothingIsRefused() {
        refused(order(Set.of(), ISSUE_DAY.plusDays(10), Set.of(), true, null, null));
    }

    @Test
    void anOrderWithoutTheVictimsSignatureRecordsWhy() {
        refused(order(Set.of(ProhibitedMatter.NO_APPROACH), ISSUE_DAY.plusDays(10), Set.of(), false, " ", null));
        IssueRestrainingOrder unsigned = order(Set.of(ProhibitedMatter.NO_APPROACH), ISSUE_DAY.plusDays(10), Set.of(),
                false, "the victim was taken to hospital", null);
        fixture.givenNoPriorActivity().when(unsigned).expectEvents(issued(unsigned));
    }

    @Test
    void anOrderWithoutThePartiesIdentitiesIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new IssueRestrainingOrder("o-1", null, DISTRICT, "police-1", ISSUED, "Vake", "threats", VICTIM,
                        null, Set.of(ProhibitedMatter.NO_APPROACH), ISSUE_DAY.plusDays(5), Set.of(), false, false, true,
                        null, true, null, null))
                .expectException(ProtectionRuleViolated.class).expectNoEvents();
    }

    @Test
    void theWeaponRestrictionIsCompulsoryUnderTheListedArticles() {
        refused(order(Set.of(ProhibitedMatter.NO_APPROACH), ISSUE_DAY.plusDays(10), Set.of("126¹", "144¹"), true, null, null));
        IssueRestrainingOrder restricted = order(Set.of(ProhibitedMatter.NO_APPROACH, ProhibitedMatter.WEAPONS_RESTRICTED),
                ISSUE_DAY.plusDays(10), Set.of("144¹"), true, null, null);
        fixture.givenNoPriorActivity().when(restricted).expectEvents(issued(restricted));
    }

    @Test
    void electronicSurveillanceNeedsConsentOrTheChildsBestInterest() {
        refused(order(Set.of(ProhibitedMatter.ELECTRONIC_SURVEILLANCE), ISSUE_DAY.plusDays(10), Set.of(), true, null, null));
    }

    @Test
    void surveillanceStartsItsTwentyFourHourCourtClock() {
        fixture.givenNoPriorActivity()
                .when(withSurveillance())
                .expectScheduledDeadline(ISSUED.plus(Duration.ofHours(24)),
                        new OrderClock("o-1", OrderClock.Kind.SURVEILLANCE_APPROVAL));
    }

    @Test
    void surveillanceNotApprovedWithin24HoursEnds() {
        fixture.givenCommands(withSurveillance())
                .whenThenTimeAdvancesTo(ISSUED.plus(Duration.ofHours(25)))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.listWithAnyOf(equalTo(new SurveillanceEnded("o-1", "r-1",
                        "NOT_APPROVED_BY_THE_COURT_WITHIN_24_HOURS", ISSUED.plus(Duration.ofHours(24)))))));
    }

    @Test
    void theCourtApprovesSurveillanceWithin24Hours() {
        Instant at = ISSUED.plus(Duration.ofHours(20));
        fixture.given(issued(withSurveillance()))
                .when(new ApproveSurveillance("o-1", "CRT-TBILISI-CITY", at, "clerk"))
                .expectEvents(new SurveillanceApproved("o-1", "r-1", "CRT-TBILISI-CITY", at));
    }

    @Test
    void anApprovalAfter24HoursIsRefused() {
        fixture.given(issued(withSurveillance()))
                .when(new ApproveSurveillance("o-1", "CRT-TBILISI-CITY", ISSUED.plus(Duration.ofHours(25)), "clerk"))
                .expectException(ProtectionRuleViolated.class).expectNoEvents();
    }

    @Test
    void thereIsNoApprovalOfSurveillanceNeverImposed() {
        fixture.given(issued(valid()))
                .when(new ApproveSurveillance("o-1", "CRT-TBILISI-CITY", ISSUED.plusSeconds(60), "clerk"))
                .expectException(ProtectionRuleViolated.class).expectNoEvents();
    }

    @Test
    void anApprovedSurveillanceEndsWithTheOrder() {
        Instant expiry = LocalDate.of(2026, 12, 24).atStartOfDay(GeorgianTime.ZONE).toInstant();
        fixture.givenCommands(withSurveillance(), new ApproveSurveillance("o-1", "CRT", ISSUED.plusSeconds(3600), "clerk"))
                .whenThenTimeAdvancesTo(expiry.plusSeconds(1))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.listWithAnyOf(
                        equalTo(new SurveillanceEnded("o-1", "r-1", "THE_ORDER_ENDED", expiry)),
                        equalTo(new OrderExpired("o-1", "r-1", LocalDate.of(2026, 12, 23))))));
    }

    @Test
    void anAppealWithinThreeDaysIsRecorded() {
        Instant at = ISSUED.plus(Duration.ofDays(2));
        fixture.given(issued(valid()))
                .when(new LodgeAppeal("o-1", AppealingParty.ABUSER, at, "police-1"))
                .expectEvents(new AppealLodged("o-1", "r-1", AppealingParty.ABUSER, at));
    }

    @Test
    void anAppealAfterThreeDaysIsRefused() {
        fixture.given(issued(valid()))
                .when(new LodgeAppeal("o-1", AppealingParty.ABUSER, ISSUED.plus(Duration.ofDays(3)).plusSeconds(1), "police-1"))
                .expectException(ProtectionRuleViolated.class).expectNoEvents();
    }

    @Test
    void theAppealWindowClosesAfterThreeDaysAsThePlatformsAct() {
        fixture.givenCommands(valid())
                .whenThenTimeAdvancesTo(ISSUED.plus(Duration.ofDays(3)).plusSeconds(1))
                .expectEventsMatching(Matchers.exactSequenceOf(Matchers.predicate(e ->
                        e.getPayload().equals(new AppealWindowClosed("o-1", "r-1", ISSUED.plus(Duration.ofDays(3))))
                                && RestrainingOrder.CLOCK.id().equals(MessageContext.from(e.getMetaData()).actorId())),
                        Matchers.andNoMore()));
    }

    @Test
    void theSocialWorkerAndPoliceAreWarnedFiveDaysBeforeTheOrderEnds() {
        Instant expiry = LocalDate.of(2026, 12, 24).atStartOfDay(GeorgianTime.ZONE).toInstant();
        fixture.givenCommands(valid())
                .whenThenTimeAdvancesTo(expiry.minus(Duration.ofDays(5)).plusSeconds(1))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.listWithAnyOf(equalTo(
                        new OrderExpiryApproaching("o-1", "r-1", "TBILISI-VAKE", LocalDate.of(2026, 12, 23))))));
    }

    @Test
    void aViolationOfAnOrderInForceIsRecorded() {
        Instant at = ISSUED.plus(Duration.ofDays(4));
        fixture.given(issued(valid()))
                .when(new RecordViolation("o-1", at, "police-2"))
                .expectEvents(new OrderViolationRecorded("o-1", "r-1", "TBILISI-VAKE", at));
    }

    @Test
    void noViolationOfAnExpiredOrder() {
        fixture.given(issued(valid()), new OrderExpired("o-1", "r-1", ISSUE_DAY.plusMonths(1)))
                .when(new RecordViolation("o-1", ISSUED.plus(Duration.ofDays(40)), "police-2"))
                .expectException(ProtectionRuleViolated.class).expectNoEvents();
    }

    @Test
    void criminalElementsAreRecordedForTheProsecutor() {
        Instant at = ISSUED.plus(Duration.ofHours(2));
        fixture.given(issued(valid()))
                .when(new RecordCriminalElements("o-1", at, "police-1"))
                .expectEvents(new CriminalElementsRecorded("o-1", "r-1", "TBILISI-VAKE", at));
    }
}
