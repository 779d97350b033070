package ge.mimartva.statistics.receiving;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/** A published event is recorded once, under its own id, exactly as it was published. */
class ReceivedEventTest {

    private final AggregateTestFixture<ReceivedEvent> fixture = new AggregateTestFixture<>(ReceivedEvent.class);
    private static final Instant AT = Instant.parse("2026-01-05T06:00:00Z");

    @Test
    void aPublishedEventIsRecordedAsItWasPublished() {
        fixture.givenNoPriorActivity()
                .when(new ReceivedEvent.RecordPublishedEvent("e-1", "referral", "ReferralFiled", 1, AT, "{\"referralId\":\"r-1\"}"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PublishedEventReceived("e-1", "referral", "ReferralFiled", 1, AT, "{\"referralId\":\"r-1\"}"));
    }
}
