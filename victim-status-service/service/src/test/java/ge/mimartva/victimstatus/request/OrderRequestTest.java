package ge.mimartva.victimstatus.request;

import ge.mimartva.victimstatus.ProtectionRuleViolation;
import ge.mimartva.victimstatus.api.RequestedMeasure;
import ge.mimartva.victimstatus.api.Requester;
import ge.mimartva.victimstatus.request.OrderRequest.AnswerOrderRequest;
import ge.mimartva.victimstatus.request.OrderRequest.OrderRequestAnswered;
import ge.mimartva.victimstatus.request.OrderRequest.OrderRequested;
import ge.mimartva.victimstatus.request.OrderRequest.RequestOrder;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

/** Requests for orders and surveillance (L 11(1), 10¹(5)): one test per rule. */
class OrderRequestTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");
    private static final String POLICE = "MIA-D-TBILISI-VAKE-SABURTALO";
    private static final String COURT = "CRT-TBILISI-CITY";

    private AggregateTestFixture<OrderRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OrderRequest.class);
    }

    private static RequestOrder request(RequestedMeasure measure, Requester requester, boolean consent, boolean minor,
                                        String to) {
        return new RequestOrder("q-1", "r-1", measure, requester, consent, minor, to, "TBILISI-VAKE", AT);
    }

    private static OrderRequested requested(RequestedMeasure measure, Requester requester, boolean consent, boolean minor,
                                            String to) {
        return new OrderRequested("q-1", "r-1", measure, requester, consent, minor, to, "TBILISI-VAKE", AT);
    }

    private void refused(RequestOrder c) {
        fixture.givenNoPriorActivity().when(c).expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void theVictimRequestsARestrainingOrderFromThePolice() {
        fixture.givenNoPriorActivity()
                .when(request(RequestedMeasure.RESTRAINING_ORDER, Requester.VICTIM, false, false, POLICE))
                .expectEvents(requested(RequestedMeasure.RESTRAINING_ORDER, Requester.VICTIM, false, false, POLICE));
    }

    @Test
    void aSocialWorkerRequestsOnlyWithTheVictimsConsent() {
        refused(request(RequestedMeasure.PROTECTIVE_ORDER, Requester.SOCIAL_WORKER, false, false, COURT));
        fixture.givenNoPriorActivity()
                .when(request(RequestedMeasure.PROTECTIVE_ORDER, Requester.SOCIAL_WORKER, true, false, COURT))
                .expectEvents(requested(RequestedMeasure.PROTECTIVE_ORDER, Requester.SOCIAL_WORKER, true, false, COURT));
    }

    @Test
    void aPersonHelpingTheVictimRequestsOnlyWithTheVictimsConsent() {
        refused(request(RequestedMeasure.ELECTRONIC_SURVEILLANCE, Requester.ASSISTANCE_PROVIDER, false, false, POLICE));
    }

    @Test
    void theGuardianshipBodyRequestsForAMinorWithoutConsent() {
        fixture.givenNoPriorActivity()
                .when(request(RequestedMeasure.RESTRAINING_ORDER, Requester.GUARDIANSHIP_BODY, false, true, POLICE))
                .expectEvents(requested(RequestedMeasure.RESTRAINING_ORDER, Requester.GUARDIANSHIP_BODY, false, true, POLICE));
        refused(request(RequestedMeasure.RESTRAINING_ORDER, Requester.GUARDIANSHIP_BODY, false, false, POLICE));
    }

    @Test
    void aProtectiveOrderIsRequestedFromACourtAndARestrainingOrderFromThePolice() {
        refused(request(RequestedMeasure.PROTECTIVE_ORDER, Requester.VICTIM, false, false, POLICE));
        refused(request(RequestedMeasure.RESTRAINING_ORDER, Requester.VICTIM, false, false, COURT));
    }

    @Test
    void theRequestIsAnsweredWithTheOrderIssued() {
        fixture.given(requested(RequestedMeasure.RESTRAINING_ORDER, Requester.VICTIM, false, false, POLICE))
                .when(new AnswerOrderRequest("q-1", true, "o-1", null, Set.of(), AT.plusSeconds(600)))
                .expectEvents(new OrderRequestAnswered("q-1", "r-1", RequestedMeasure.RESTRAINING_ORDER, "TBILISI-VAKE",
                        true, "o-1", null, AT.plusSeconds(600)));
    }

    @Test
    void aRefusalStatesItsReasons() {
        fixture.given(requested(RequestedMeasure.RESTRAINING_ORDER, Requester.VICTIM, false, false, POLICE))
                .when(new AnswerOrderRequest("q-1", false, null, " ", Set.of(), AT.plusSeconds(600)))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
        fixture.given(requested(RequestedMeasure.RESTRAINING_ORDER, Requester.VICTIM, false, false, POLICE))
                .when(new AnswerOrderRequest("q-1", false, null, "no risk of recurrence found (risk assessment)", Set.of(), AT))
                .expectEvents(new OrderRequestAnswered("q-1", "r-1", RequestedMeasure.RESTRAINING_ORDER, "TBILISI-VAKE",
                        false, null, "no risk of recurrence found (risk assessment)", AT));
    }

    /** L 10(1¹): under an investigation of the listed articles (143(4) and 144(3) too) the order is binding. */
    @Test
    void aRestrainingOrderIsNotRefusedWhileAnInvestigationMakesItBinding() {
        for (String article : Set.of("126", "143(4)", "144(3)")) {
            fixture.given(requested(RequestedMeasure.RESTRAINING_ORDER, Requester.VICTIM, false, false, POLICE))
                    .when(new AnswerOrderRequest("q-1", false, null, "no risk found", Set.of(article), AT))
                    .expectException(ProtectionRuleViolation.class).expectNoEvents();
        }
    }

    @Test
    void aRequestIsAnsweredOnce() {
        fixture.given(requested(RequestedMeasure.RESTRAINING_ORDER, Requester.VICTIM, false, false, POLICE),
                        new OrderRequestAnswered("q-1", "r-1", RequestedMeasure.RESTRAINING_ORDER, "TBILISI-VAKE", true,
                                "o-1", null, AT))
                .when(new AnswerOrderRequest("q-1", true, "o-2", null, Set.of(), AT))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }
}
