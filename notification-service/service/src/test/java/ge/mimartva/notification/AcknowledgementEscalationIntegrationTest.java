package ge.mimartva.notification;

import ge.mimartva.messaging.IntegrationEventPublisher;
import ge.mimartva.messaging.IntegrationMessage;
import ge.mimartva.notification.api.NotificationStatus;
import ge.mimartva.notification.query.InboxDocument;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.ReferralCaseEvents;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.testsupport.NeedsTestStack;
import ge.mimartva.victimstatus.api.VictimStatusContract;
import ge.mimartva.victimstatus.api.VictimStatusEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Acknowledgement clocks and the rows of the referral lifecycle and of victim status, through the test stack's real RabbitMQ and PostgreSQL.
 * The matrix is configured (not coded) with a 3-second acknowledgement clock for N1.
 */
@NeedsTestStack("notification-escalation")
@SpringBootTest(properties = {"mimartva.notification.matrix=classpath:matrix/seconds-acknowledgement.json",
        "db-scheduler.polling-interval=500ms"})
class AcknowledgementEscalationIntegrationTest {

    @Autowired MongoTemplate mongo;
    @Autowired IntegrationEventPublisher publisher;

    static final String VAKE_UNIT = "SCA-TU-TBILISI-VAKE-SABURTALO";
    static final MessageContext CONTEXT = new MessageContext(null, "request-1", "actor-1", "sw.vake", "social-worker", VAKE_UNIT);

    static IntegrationMessage event(String referralId, String type, Object payload) {
        return event(ReferralContract.SOURCE, referralId, type, payload);
    }

    static IntegrationMessage event(String source, String referralId, String type, Object payload) {
        return new IntegrationMessage(UUID.randomUUID().toString(), source, type, 1, Instant.now(),
                new MessageContext(referralId, CONTEXT.causationId(), CONTEXT.actorId(), CONTEXT.actorUsername(),
                        CONTEXT.actorRole(), CONTEXT.actorBody()), payload);
    }

    List<InboxDocument> notificationsOf(String referralId) {
        return mongo.find(Query.query(Criteria.where("referralId").is(referralId)), InboxDocument.class);
    }

    @Test
    void anUnacknowledgedNotificationEscalatesToTheBodysDutyOfficerOnce() throws Exception {
        String referralId = UUID.randomUUID().toString();
        publisher.publishConfirmed(event(referralId, ReferralFiledV1.TYPE, new ReferralFiledV1(referralId, "SCH-1",
                "SCH", "TBILISI-VAKE", List.of(Concern.NEGLECT), false, UUID.randomUUID().toString(), Instant.now())));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notificationsOf(referralId))
                .extracting(InboxDocument::ruleId, InboxDocument::recipientBody, InboxDocument::status)
                .containsExactlyInAnyOrder(tuple("N1", VAKE_UNIT, NotificationStatus.ESCALATED),
                        tuple("N15", VAKE_UNIT, NotificationStatus.DELIVERED)));
        Thread.sleep(2000); // the escalation is not itself escalated
        assertThat(notificationsOf(referralId)).hasSize(2);
    }

    @Test
    void aTransferRequestAsksTheReceivingUnitAndAStepWithoutARowTellsNobody() throws Exception {
        String referralId = UUID.randomUUID().toString();
        publisher.publishConfirmed(event(referralId, ReferralCaseEvents.TransferRequestedV1.TYPE,
                new ReferralCaseEvents.TransferRequestedV1(referralId, VAKE_UNIT, "SCA-TU-BATUMI", Instant.now())));
        publisher.publishConfirmed(event(referralId, ReferralCaseEvents.FirstContactMadeV1.TYPE,
                new ReferralCaseEvents.FirstContactMadeV1(referralId, Instant.now())));

        await().atMost(Duration.ofSeconds(10)).until(() -> notificationsOf(referralId).size() == 1);
        assertThat(notificationsOf(referralId)).extracting(InboxDocument::ruleId, InboxDocument::recipientBody)
                .containsExactly(tuple("N14", "SCA-TU-BATUMI"));
    }

    @Test
    void aRestrainingOrderOfVictimStatusServiceSendsItsCopiesByItsPublishedContract() throws Exception {
        String referralId = UUID.randomUUID().toString();
        publisher.publishConfirmed(event(VictimStatusContract.SOURCE, referralId, VictimStatusEvents.RestrainingOrderIssuedV1.TYPE,
                new VictimStatusEvents.RestrainingOrderIssuedV1(UUID.randomUUID().toString(), referralId, "TBILISI-VAKE",
                        "MIA-D-TBILISI-VAKE-SABURTALO", true, false, true, Instant.now(), java.time.LocalDate.now().plusDays(30))));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notificationsOf(referralId))
                .extracting(InboxDocument::ruleId, InboxDocument::recipientBody)
                .containsExactlyInAnyOrder(tuple("N3", "MIA-D-TBILISI-VAKE-SABURTALO"), tuple("N3", "MIA-IA"),
                        tuple("N3", "MIA-SA"), tuple("N3", "GCB-TBILISI-VAKE"), tuple("N4", "MIA-D-TBILISI-VAKE-SABURTALO")));
    }
}
