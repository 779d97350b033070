package ge.mimartva.notification.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

class NotificationTest {

    private static final Instant ISSUED = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant DEADLINE = ISSUED.plusSeconds(3600);
    private static final String UNIT = "SCA-TU-TBILISI-VAKE-SABURTALO";

    private AggregateTestFixture<Notification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Notification.class);
    }

    private static IssueNotification issue(String recipient, Instant acknowledgeBy) {
        return new IssueNotification("n-1", "r-1", "N1", 1, "L 14(1)", recipient, "Vake-Saburtalo unit", "INBOX",
                "TBILISI-VAKE", List.of("PHYSICAL"), false, ISSUED, acknowledgeBy, true, null);
    }

    private static NotificationIssued issued() {
        return new NotificationIssued("n-1", "r-1", "N1", 1, "L 14(1)", UNIT, "Vake-Saburtalo unit", "INBOX",
                "TBILISI-VAKE", List.of("PHYSICAL"), false, ISSUED, DEADLINE, true, null);
    }

    @Test
    void aMatrixRuleIssuesANotificationToItsRecipientWhoseInboxHasItAtOnce() {
        fixture.givenNoPriorActivity()
                .when(issue(UNIT, DEADLINE))
                .expectEvents(issued(), new NotificationDelivered("n-1", "r-1", UNIT, "INBOX", ISSUED));
    }

    @Test
    void aNotificationByEmailIsDeliveredOnlyWhenTheReceiverTookIt() {
        fixture.givenNoPriorActivity()
                .when(new IssueNotification("n-1", "r-1", "N1", 1, "L 14(1)", UNIT, "Vake-Saburtalo unit", "EMAIL",
                        "TBILISI-VAKE", List.of("PHYSICAL"), false, ISSUED, DEADLINE, true, null))
                .expectEvents(new NotificationIssued("n-1", "r-1", "N1", 1, "L 14(1)", UNIT, "Vake-Saburtalo unit", "EMAIL",
                        "TBILISI-VAKE", List.of("PHYSICAL"), false, ISSUED, DEADLINE, true, null));
    }

    @Test
    void issuingStartsTheAcknowledgementClock() {
        fixture.givenNoPriorActivity()
                .when(issue(UNIT, DEADLINE))
                .expectScheduledDeadline(DEADLINE, new AcknowledgementDue("n-1"));
    }

    @Test
    void anEscalationRowStartsNoClockOfItsOwn() {
        fixture.givenNoPriorActivity()
                .when(new IssueNotification("n-2", "r-1", "N15", 1, "N15", UNIT, "unit", "INBOX", null, List.of(),
                        false, ISSUED, DEADLINE, false, null))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anUnacknowledgedNotificationEscalatesWhenItsClockRunsOut() {
        fixture.givenCommands(issue(UNIT, DEADLINE))
                .whenThenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectEvents(new NotificationEscalated("n-1", "r-1", "N1", UNIT, DEADLINE));
    }

    @Test
    void theEscalationIsThePlatformsAct() {
        fixture.givenCommands(issue(UNIT, DEADLINE))
                .whenThenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.predicate(event -> Notification.CLOCK.id().equals(
                                ge.mimartva.platform.messages.MessageContext.from(event.getMetaData()).actorId())),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void anAcknowledgementInTimeStopsTheClock() {
        fixture.givenCommands(issue(UNIT, DEADLINE), new AcknowledgeNotification("n-1", UNIT, "sw.vake", ISSUED.plusSeconds(60)))
                .whenThenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aNotificationWithoutRecipientOrDeadlineIsRejected() {
        fixture.givenNoPriorActivity().when(issue(null, DEADLINE)).expectException(NotificationRuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(issue(UNIT, null)).expectException(NotificationRuleViolation.class).expectNoEvents();
    }

    @Test
    void deliveryIsRecordedOnce() {
        Instant at = ISSUED.plusSeconds(1);
        fixture.given(issued())
                .when(new RecordDelivery("n-1", "WEBHOOK", at))
                .expectEvents(new NotificationDelivered("n-1", "r-1", UNIT, "WEBHOOK", at));
        fixture.given(issued(), new NotificationDelivered("n-1", "r-1", UNIT, "WEBHOOK", at))
                .when(new RecordDelivery("n-1", "WEBHOOK", at.plusSeconds(5)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theReceivingBodyAcknowledges() {
        Instant at = ISSUED.plusSeconds(60);
        fixture.given(issued())
                .when(new AcknowledgeNotification("n-1", UNIT, "sw.vake", at))
                .expectEvents(new NotificationAcknowledged("n-1", "r-1", UNIT, "sw.vake", at));
    }

    @Test
    void aSecondAcknowledgementChangesNothing() {
        Instant at = ISSUED.plusSeconds(60);
        fixture.given(issued(), new NotificationAcknowledged("n-1", "r-1", UNIT, "sw.vake", at))
                .when(new AcknowledgeNotification("n-1", UNIT, "supervisor.vake", at.plusSeconds(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherBodyCannotAcknowledge() {
        fixture.given(issued())
                .when(new AcknowledgeNotification("n-1", "MIA-D-TBILISI-VAKE-SABURTALO", "police.vake", ISSUED))
                .expectException(NotificationRuleViolation.class)
                .expectNoEvents();
    }
}
