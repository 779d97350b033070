package ge.mimartva.victimstatus.order;

import ge.mimartva.victimstatus.ProtectionRuleViolation;
import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.pseudonym.SubjectPseudonyms;
import ge.mimartva.victimstatus.api.AppealingParty;
import ge.mimartva.victimstatus.api.ProhibitedMatter;
import ge.mimartva.victimstatus.api.ServiceMethod;
import ge.mimartva.victimstatus.order.Conciliation.DecideRestrainingOrderEnd;
import ge.mimartva.victimstatus.order.Conciliation.RequestRestrainingOrderEnd;
import ge.mimartva.victimstatus.order.Conciliation.TerminationOnConciliationRefused;
import ge.mimartva.victimstatus.order.Conciliation.TerminationOnConciliationRequested;
import ge.mimartva.victimstatus.order.OrderCommands.ApproveSurveillance;
import ge.mimartva.victimstatus.order.OrderCommands.CancelRestrainingOrder;
import ge.mimartva.victimstatus.order.OrderCommands.ImposeSurveillance;
import ge.mimartva.victimstatus.order.OrderCommands.RecordPartyDeath;
import ge.mimartva.victimstatus.order.OrderCommands.RecordService;
import ge.mimartva.victimstatus.order.OrderCommands.RefuseSurveillance;
import ge.mimartva.victimstatus.order.OrderCommands.SubmitSurveillanceProtocol;
import ge.mimartva.victimstatus.order.OrderEvents.CancellationGround;
import ge.mimartva.victimstatus.order.OrderEvents.PartyDeathRecorded;
import ge.mimartva.victimstatus.order.OrderEvents.RestrainingOrderCancelled;
import ge.mimartva.victimstatus.order.OrderEvents.RestrainingOrderServed;
import ge.mimartva.victimstatus.order.OrderEvents.SurveillanceImposed;
import ge.mimartva.victimstatus.order.OrderEvents.SurveillanceProtocolSubmitted;
import ge.mimartva.victimstatus.order.OrderEvents.SurveillanceRefused;
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
    private static final Party ABUSER = new Party("გიორგი", "გელაშვილი", "01001054321", LocalDate.of(1985, 5, 5),
            "TBILISI-VAKE", "Tbilisi", "driver", null);
    private static final String CONSENT = "the victim consented in writing";
    private static final Instant DAY_1 = ISSUED.plus(Duration.ofDays(1));
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
        return new RestrainingOrderIssued("o-1", "r-1", DISTRICT, "police-1", ISSUED, c.place(), c.circumstances(),
                c.victim(), victimSubjectId, c.abuser(), c.matters(), c.validUntil(), c.investigatedArticles(), false, true,
                c.victimSigned(), c.victimNotSignedBecause(), true, null, c.surveillanceConsent());
    }

    private static SurveillanceImposed imposed(Instant at) {
        return new SurveillanceImposed("o-1", "r-1", "TBILISI-VAKE", DISTRICT, at, CONSENT,
                PSEUDONYMS.of(VICTIM.personalNumber()), at.plus(Duration.ofHours(24)));
    }

    private static SurveillanceEnded ended(OrderEvents.SurveillanceEndReason reason, Instant at) {
        return new SurveillanceEnded("o-1", "r-1", reason.name(), at, "TBILISI-VAKE");
    }

    private static RestrainingOrderServed served(AppealingParty party, Instant at) {
        return new RestrainingOrderServed("o-1", "r-1", party, at, ServiceMethod.HANDED_OVER, "police-1",
                at.plus(Duration.ofDays(3)));
    }

    private void refused(IssueRestrainingOrder c) {
        fixture.givenNoPriorActivity().when(c).expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    /** L 10(3⁸): no appeal clock runs from issue; it runs from service on each party. */
    @Test
    void anOrderIsIssuedInForceAtOnceWithItsClocks() {
        Instant expiry = LocalDate.of(2026, 12, 24).atStartOfDay(GeorgianTime.ZONE).toInstant();
        fixture.givenNoPriorActivity()
                .when(valid())
                .expectEvents(issued(valid()))
                .expectNoScheduledDeadlineMatching(Matchers.predicate(d -> d.getPayload() instanceof OrderClock clock
                        && clock.kind() == OrderClock.Kind.APPEAL_WINDOW))
                .expectScheduledDeadline(expiry.minus(Duration.ofDays(5)), new OrderClock("o-1", OrderClock.Kind.EXPIRY_ALERT))
                .expectScheduledDeadline(expiry, new OrderClock("o-1", OrderClock.Kind.EXPIRY));
    }

    @Test
    void theOrdersPersonalDataIsTheVictimsByPersonalNumberOrElseOfASubjectOfTheOrdersOwn() {
        IssueRestrainingOrder unnumbered = new IssueRestrainingOrder("o-1", "r-1", DISTRICT, "police-1", ISSUED,
                "Tbilisi, Vake", "threats at home", new Party("თამარ", "გელაშვილი", null, null, "TBILISI-VAKE", null, null,
                "she had no document with her"), ABUSER,
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
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
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
    void surveillanceImposedAtIssueStartsTheTwentyFourHoursToSubmitItsProtocol() {
        fixture.givenNoPriorActivity()
                .when(withSurveillance())
                .expectEvents(issued(withSurveillance()), imposed(ISSUED))
                .expectScheduledDeadline(ISSUED.plus(Duration.ofHours(24)),
                        new OrderClock("o-1", OrderClock.Kind.SURVEILLANCE_SUBMISSION, null, ISSUED));
    }

    /** L 10¹(4): a protocol not submitted to a court within 24 hours ends the surveillance. */
    @Test
    void surveillanceWhoseProtocolIsNotSubmittedWithin24HoursEnds() {
        fixture.givenCommands(withSurveillance())
                .whenThenTimeAdvancesTo(ISSUED.plus(Duration.ofHours(25)))
                .expectEvents(ended(OrderEvents.SurveillanceEndReason.PROTOCOL_NOT_SUBMITTED_WITHIN_24_HOURS,
                        ISSUED.plus(Duration.ofHours(24))));
    }

    /** L 10¹(4): submitted in time, surveillance lasts without approval past 24 hours (the old rule ended it). */
    @Test
    void surveillanceWhoseProtocolWasSubmittedInTimeOutlastsTheTwentyFourHoursWithoutApproval() {
        fixture.givenCommands(withSurveillance(),
                        new SubmitSurveillanceProtocol("o-1", "CRT-TBILISI-CITY", ISSUED.plus(Duration.ofHours(20)), "police-1"))
                .whenThenTimeAdvancesTo(ISSUED.plus(Duration.ofHours(48)))
                .expectNoEvents();
    }

    @Test
    void theProtocolIsSubmittedWithin24Hours() {
        Instant at = ISSUED.plus(Duration.ofHours(20));
        fixture.given(issued(withSurveillance()), imposed(ISSUED))
                .when(new SubmitSurveillanceProtocol("o-1", "CRT-TBILISI-CITY", at, "police-1"))
                .expectEvents(new SurveillanceProtocolSubmitted("o-1", "r-1", "CRT-TBILISI-CITY", at));
    }

    @Test
    void aSubmissionAfter24HoursIsRefused() {
        fixture.given(issued(withSurveillance()), imposed(ISSUED))
                .when(new SubmitSurveillanceProtocol("o-1", "CRT-TBILISI-CITY", ISSUED.plus(Duration.ofHours(25)), "police-1"))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    /** The law sets 24 hours for the submission, not for the court's approval (the old rule refused this). */
    @Test
    void theCourtApprovesASubmittedProtocolAfterTheTwentyFourHours() {
        Instant at = ISSUED.plus(Duration.ofHours(30));
        fixture.given(issued(withSurveillance()), imposed(ISSUED),
                        new SurveillanceProtocolSubmitted("o-1", "r-1", "CRT-TBILISI-CITY", ISSUED.plus(Duration.ofHours(20))))
                .when(new ApproveSurveillance("o-1", "CRT-TBILISI-CITY", at, "clerk"))
                .expectEvents(new SurveillanceApproved("o-1", "r-1", "CRT-TBILISI-CITY", at));
    }

    @Test
    void thereIsNoApprovalOfAProtocolNotSubmitted() {
        fixture.given(issued(withSurveillance()), imposed(ISSUED))
                .when(new ApproveSurveillance("o-1", "CRT-TBILISI-CITY", ISSUED.plusSeconds(60), "clerk"))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void thereIsNoApprovalOfSurveillanceNeverImposed() {
        fixture.given(issued(valid()))
                .when(new ApproveSurveillance("o-1", "CRT-TBILISI-CITY", ISSUED.plusSeconds(60), "clerk"))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    /** L 10¹(4): the court's refusal ends the surveillance at once. */
    @Test
    void theCourtsRefusalEndsTheSurveillanceAtOnce() {
        Instant at = ISSUED.plus(Duration.ofHours(30));
        fixture.given(issued(withSurveillance()), imposed(ISSUED),
                        new SurveillanceProtocolSubmitted("o-1", "r-1", "CRT-TBILISI-CITY", ISSUED.plus(Duration.ofHours(20))))
                .when(new RefuseSurveillance("o-1", "CRT-TBILISI-CITY", at, "clerk"))
                .expectEvents(new SurveillanceRefused("o-1", "r-1", "CRT-TBILISI-CITY", at),
                        ended(OrderEvents.SurveillanceEndReason.REFUSED_BY_THE_COURT, at));
    }

    /** L 10¹(3): surveillance may be imposed at any time while the order is in force. */
    @Test
    void surveillanceIsImposedLaterInTheOrdersLife() {
        Instant at = ISSUED.plus(Duration.ofDays(5));
        fixture.given(issued(valid()))
                .when(new ImposeSurveillance("o-1", at, CONSENT, "police-1"))
                .expectEvents(imposed(at))
                .expectScheduledDeadline(at.plus(Duration.ofHours(24)),
                        new OrderClock("o-1", OrderClock.Kind.SURVEILLANCE_SUBMISSION, null, at));
    }

    @Test
    void surveillanceImposedLaterNeedsConsent() {
        fixture.given(issued(valid()))
                .when(new ImposeSurveillance("o-1", ISSUED.plus(Duration.ofDays(5)), " ", "police-1"))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void anApprovedSurveillanceEndsWithTheOrder() {
        Instant expiry = LocalDate.of(2026, 12, 24).atStartOfDay(GeorgianTime.ZONE).toInstant();
        fixture.givenCommands(withSurveillance(),
                        new SubmitSurveillanceProtocol("o-1", "CRT", ISSUED.plusSeconds(1800), "police-1"),
                        new ApproveSurveillance("o-1", "CRT", ISSUED.plusSeconds(3600), "clerk"))
                .whenThenTimeAdvancesTo(expiry.plusSeconds(1))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.listWithAnyOf(
                        equalTo(ended(OrderEvents.SurveillanceEndReason.THE_ORDER_ENDED, expiry)),
                        equalTo(new OrderExpired("o-1", "r-1", LocalDate.of(2026, 12, 23))))));
    }

    /** L 10¹(27): cancelling the order cancels its surveillance. */
    @Test
    void surveillanceEndsWhenTheOrderIsCancelled() {
        Instant at = ISSUED.plus(Duration.ofDays(2));
        fixture.given(issued(withSurveillance()), imposed(ISSUED))
                .when(new CancelRestrainingOrder("o-1", at, "the court upheld the appeal", "clerk"))
                .expectEvents(ended(OrderEvents.SurveillanceEndReason.THE_ORDER_WAS_CANCELLED, at),
                        new RestrainingOrderCancelled("o-1", "r-1", "TBILISI-VAKE", CancellationGround.DECISION,
                                "the court upheld the appeal", PSEUDONYMS.of(VICTIM.personalNumber()), at));
    }

    /** L 10¹(27): a party's death cancels the surveillance. */
    @Test
    void surveillanceEndsOnAPartysDeath() {
        Instant at = ISSUED.plus(Duration.ofDays(2));
        fixture.given(issued(withSurveillance()), imposed(ISSUED))
                .when(new RecordPartyDeath("o-1", AppealingParty.ABUSER, at, "police-1"))
                .expectEvents(new PartyDeathRecorded("o-1", "r-1", AppealingParty.ABUSER, at),
                        ended(OrderEvents.SurveillanceEndReason.A_PARTY_DIED, at));
    }

    @Test
    void aCancelledOrderHasNoExpiry() {
        Instant expiry = LocalDate.of(2026, 12, 24).atStartOfDay(GeorgianTime.ZONE).toInstant();
        fixture.givenCommands(valid(), new CancelRestrainingOrder("o-1", DAY_1, "appeal upheld", "clerk"))
                .whenThenTimeAdvancesTo(expiry.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void serviceOnAPartyStartsThatPartysThreeDayAppealWindow() {
        Instant at = ISSUED.plus(Duration.ofDays(2));
        fixture.given(issued(valid()))
                .when(new RecordService("o-1", AppealingParty.ABUSER, at, ServiceMethod.HANDED_OVER, "police-1"))
                .expectEvents(served(AppealingParty.ABUSER, at))
                .expectScheduledDeadline(at.plus(Duration.ofDays(3)),
                        new OrderClock("o-1", OrderClock.Kind.APPEAL_WINDOW, AppealingParty.ABUSER, at));
    }

    @Test
    void anOrderIsServedOnAPartyOnce() {
        fixture.given(issued(valid()), served(AppealingParty.ABUSER, DAY_1))
                .when(new RecordService("o-1", AppealingParty.ABUSER, DAY_1, ServiceMethod.SENT_BY_POST, "police-1"))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    /** L 10(3⁸): served two days after issue, the order may still be appealed on day 4 (the old rule refused it). */
    @Test
    void anOrderServedTwoDaysAfterIssueIsAppealedOnDayFour() {
        Instant at = ISSUED.plus(Duration.ofDays(4));
        fixture.given(issued(valid()), served(AppealingParty.ABUSER, ISSUED.plus(Duration.ofDays(2))))
                .when(new LodgeAppeal("o-1", AppealingParty.ABUSER, at, "police-1"))
                .expectEvents(new AppealLodged("o-1", "r-1", AppealingParty.ABUSER, at));
    }

    @Test
    void anAppealMoreThanThreeDaysAfterServiceIsRefused() {
        Instant servedAt = ISSUED.plus(Duration.ofDays(2));
        fixture.given(issued(valid()), served(AppealingParty.ABUSER, servedAt))
                .when(new LodgeAppeal("o-1", AppealingParty.ABUSER, servedAt.plus(Duration.ofDays(3)).plusSeconds(1), "police-1"))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    /** Each party's window is their own: the victim, not yet served, may still appeal. */
    @Test
    void aPartyNotYetServedHasNoRunningClock() {
        Instant at = ISSUED.plus(Duration.ofDays(10));
        fixture.given(issued(valid()), served(AppealingParty.ABUSER, DAY_1))
                .when(new LodgeAppeal("o-1", AppealingParty.VICTIM, at, "police-1"))
                .expectEvents(new AppealLodged("o-1", "r-1", AppealingParty.VICTIM, at));
    }

    @Test
    void theAppealWindowClosesThreeDaysAfterServiceAsThePlatformsAct() {
        Instant servedAt = ISSUED.plus(Duration.ofDays(2));
        fixture.givenCommands(valid(), new RecordService("o-1", AppealingParty.ABUSER, servedAt, ServiceMethod.HANDED_OVER, "police-1"))
                .whenThenTimeAdvancesTo(servedAt.plus(Duration.ofDays(3)).plusSeconds(1))
                .expectEventsMatching(Matchers.exactSequenceOf(Matchers.predicate(e ->
                        e.getPayload().equals(new AppealWindowClosed("o-1", "r-1", servedAt.plus(Duration.ofDays(3)), AppealingParty.ABUSER))
                                && RestrainingOrder.CLOCK.id().equals(MessageContext.from(e.getMetaData()).actorId())),
                        Matchers.andNoMore()));
    }

    /** L 10(3⁸): an upheld appeal cancels the order; a dismissed one leaves it in force. */
    @Test
    void theCourtsDecisionOnAnAppealUpheldCancelsTheOrder() {
        Instant at = ISSUED.plus(Duration.ofDays(4));
        AppealLodged lodged = new AppealLodged("o-1", "r-1", AppealingParty.ABUSER, DAY_1);
        fixture.given(issued(valid()), lodged)
                .when(new OrderCommands.DecideAppeal("o-1", true, at, "clerk"))
                .expectEvents(new OrderEvents.AppealDecided("o-1", "r-1", true, at),
                        new RestrainingOrderCancelled("o-1", "r-1", "TBILISI-VAKE", CancellationGround.DECISION,
                                "the court upheld the appeal", PSEUDONYMS.of(VICTIM.personalNumber()), at));
        fixture.given(issued(valid()), lodged)
                .when(new OrderCommands.DecideAppeal("o-1", false, at, "clerk"))
                .expectEvents(new OrderEvents.AppealDecided("o-1", "r-1", false, at));
        fixture.given(issued(valid()))
                .when(new OrderCommands.DecideAppeal("o-1", true, at, "clerk"))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    /** L 16(3)(c), 17¹(1): that the victim was told of their rights is recorded, by whom and when. */
    @Test
    void thatTheVictimWasToldOfTheirRightsIsRecorded() {
        fixture.given(issued(valid()))
                .when(new OrderCommands.RecordVictimInformed("o-1", DAY_1, "police-1"))
                .expectEvents(new OrderEvents.VictimInformedOfRights("o-1", "r-1", "police-1", DAY_1));
    }

    /** L 10(3¹)(c): the abuser's details, or why they are unknown. */
    @Test
    void anOrderWithoutTheAbusersDetailsOrWhyTheyAreUnknownIsRefused() {
        Party abuserNamedOnly = new Party("გიორგი", "გელაშვილი", null, null, null);
        refused(new IssueRestrainingOrder("o-1", "r-1", DISTRICT, "police-1", ISSUED, "Vake", "threats", VICTIM,
                abuserNamedOnly, Set.of(ProhibitedMatter.NO_APPROACH), ISSUE_DAY.plusDays(5), Set.of(), false, true, true,
                null, true, null, null));
    }

    @Test
    void anAbuserWhoseDetailsAreUnknownIsNamedWithTheReason() {
        Party abuser = new Party("გიორგი", "გელაშვილი", null, null, null, null, null, "he left before the police arrived");
        IssueRestrainingOrder c = new IssueRestrainingOrder("o-1", "r-1", DISTRICT, "police-1", ISSUED, "Vake", "threats",
                VICTIM, abuser, Set.of(ProhibitedMatter.NO_APPROACH), ISSUE_DAY.plusDays(5), Set.of(), false, true, true,
                null, true, null, null);
        fixture.givenNoPriorActivity().when(c).expectEvents(issued(c));
    }

    /** L 10(3¹)(c¹): the victim's date of birth and personal number, or why they are unknown. */
    @Test
    void anOrderWithoutTheVictimsDetailsOrWhyTheyAreUnknownIsRefused() {
        refused(new IssueRestrainingOrder("o-1", "r-1", DISTRICT, "police-1", ISSUED, "Vake", "threats",
                new Party("თამარ", "გელაშვილი", null, null, "TBILISI-VAKE"), ABUSER, Set.of(ProhibitedMatter.NO_APPROACH),
                ISSUE_DAY.plusDays(5), Set.of(), false, true, true, null, true, null, null));
    }

    /** L 12(3), 13: the police officer decides on the joint request; never where a minor is concerned. */
    @Test
    void aConciliationRequestAboutAnOrderConcerningMinorsIsRefusedAtOnce() {
        fixture.given(issued(valid()))
                .when(new RequestRestrainingOrderEnd("o-1", DAY_1, "police-1"))
                .expectEvents(new TerminationOnConciliationRequested("o-1", "r-1", DAY_1),
                        new TerminationOnConciliationRefused("o-1", "r-1", Conciliation.MINORS_INTERESTS, DAY_1));
    }

    @Test
    void thePoliceEndAnOrderConcerningNoMinorOnConciliationAfterAStudy() {
        IssueRestrainingOrder adultsOnly = new IssueRestrainingOrder("o-1", "r-1", DISTRICT, "police-1", ISSUED, "Vake",
                "threats", VICTIM, ABUSER, Set.of(ProhibitedMatter.NO_APPROACH), ISSUE_DAY.plusDays(20), Set.of(), false,
                false, true, null, true, null, null);
        RestrainingOrderIssued issued = new RestrainingOrderIssued("o-1", "r-1", DISTRICT, "police-1", ISSUED, "Vake",
                "threats", VICTIM, PSEUDONYMS.of(VICTIM.personalNumber()), ABUSER, adultsOnly.matters(),
                adultsOnly.validUntil(), Set.of(), false, false, true, null, true, null, null);
        fixture.given(issued, new TerminationOnConciliationRequested("o-1", "r-1", DAY_1))
                .when(new DecideRestrainingOrderEnd("o-1", true, false, "both heard; no threat found", DAY_1, "police-1"))
                .expectEvents(new RestrainingOrderCancelled("o-1", "r-1", "TBILISI-VAKE", CancellationGround.CONCILIATION,
                        "both heard; no threat found", PSEUDONYMS.of(VICTIM.personalNumber()), DAY_1));
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
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void criminalElementsAreRecordedForTheProsecutor() {
        Instant at = ISSUED.plus(Duration.ofHours(2));
        fixture.given(issued(valid()))
                .when(new RecordCriminalElements("o-1", at, "police-1"))
                .expectEvents(new CriminalElementsRecorded("o-1", "r-1", "TBILISI-VAKE", at));
    }
}
