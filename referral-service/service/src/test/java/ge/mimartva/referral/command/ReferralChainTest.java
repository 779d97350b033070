package ge.mimartva.referral.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class ReferralChainTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final String CHAIN = ReferralChainIds.of("r-1");

    private AggregateTestFixture<ReferralChain> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReferralChain.class);
    }

    private static RecordRelatedEvent issued(String eventId) {
        return new RecordRelatedEvent(CHAIN, "r-1", eventId, "notification-service", "NotificationIssued", AT,
                "service:notification-service", "notification-service", "none", "notification-service", "filed-1");
    }

    private static RelatedEventRecorded recorded(String eventId) {
        return new RelatedEventRecorded(CHAIN, "r-1", eventId, "notification-service", "NotificationIssued", AT,
                "service:notification-service", "notification-service", "none", "notification-service", "filed-1");
    }

    @Test
    void anotherServicesEventIsRecordedInTheReferralsChain() {
        fixture.givenNoPriorActivity().when(issued("e-1")).expectEvents(recorded("e-1"));
    }

    @Test
    void theSameEventDeliveredAgainIsRecordedOnce() {
        fixture.given(recorded("e-1")).when(issued("e-1")).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void furtherEventsJoinTheSameChain() {
        fixture.given(recorded("e-1")).when(issued("e-2")).expectEvents(recorded("e-2"));
    }

    @Test
    void anEventWithoutTypeIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new RecordRelatedEvent(CHAIN, "r-1", "e-1", "notification-service", null, AT, null, null, null,
                        null, null))
                .expectException(ReferralRuleViolation.class)
                .expectNoEvents();
    }
}
