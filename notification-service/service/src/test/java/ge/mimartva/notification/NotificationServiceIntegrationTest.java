package ge.mimartva.notification;

import ge.mimartva.messaging.IntegrationEventPublisher;
import ge.mimartva.messaging.IntegrationMessage;
import ge.mimartva.notification.query.InboxDocument;
import ge.mimartva.notification.query.InboxProjection;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.projection.ProjectionReplay;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.OnlineAbuseKind;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.testsupport.NeedsTestStack;
import ge.mimartva.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** notification-service fed through the test stack's real RabbitMQ, with its event store in real PostgreSQL. */
@NeedsTestStack("notification")
@SpringBootTest
@AutoConfigureMockMvc
class NotificationServiceIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired JdbcTemplate jdbc;
    @Autowired IntegrationEventPublisher publisher;
    @Autowired ProjectionReplay replay;

    static final String VAKE_UNIT = "SCA-TU-TBILISI-VAKE-SABURTALO";
    static final String VAKE_POLICE = "MIA-D-TBILISI-VAKE-SABURTALO";

    static RequestPostProcessor memberOf(String body) {
        return TestTokens.token("staff-of-" + body, "social-worker", body, "SW");
    }

    IntegrationMessage referralFiled(String referralId, String municipality, boolean immediateDanger) {
        return referralFiled(referralId, municipality, immediateDanger, Concern.NEGLECT);
    }

    IntegrationMessage referralFiled(String referralId, String municipality, boolean immediateDanger, Concern concern) {
        return new IntegrationMessage(UUID.randomUUID().toString(), ReferralContract.SOURCE, ReferralFiledV1.TYPE,
                ReferralFiledV1.VERSION, Instant.now(),
                new MessageContext(referralId, "request-1", "reporter-1", "school.vake", "school-reporter", "SCH-1"),
                new ReferralFiledV1(referralId, "SCH-1", "SCH", municipality, List.of(concern),
                        immediateDanger, UUID.randomUUID().toString(), Instant.now()));
    }

    List<InboxDocument> notificationsOf(String referralId) {
        return mongo.find(Query.query(Criteria.where("referralId").is(referralId)), InboxDocument.class);
    }

    long eventsOf(String referralId) {
        return notificationsOf(referralId).stream()
                .mapToLong(n -> jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                        Long.class, n.notificationId()))
                .sum();
    }

    @Test
    void aReferralInImmediateDangerNotifiesTheAgencyUnitAndThePoliceOnceEachEvenWhenDeliveredTwice() throws Exception {
        String referralId = UUID.randomUUID().toString();
        IntegrationMessage event = referralFiled(referralId, "TBILISI-VAKE", true);

        publisher.publishConfirmed(event);
        publisher.publishConfirmed(event); // the relay publishing again after a lost confirm

        await().atMost(Duration.ofSeconds(10)).until(() -> notificationsOf(referralId).size() == 2
                && notificationsOf(referralId).stream().allMatch(n -> n.deliveredAt() != null));
        assertThat(notificationsOf(referralId)).extracting(InboxDocument::ruleId, InboxDocument::recipientBody)
                .containsExactlyInAnyOrder(tuple("N1", VAKE_UNIT),
                        tuple("N2", VAKE_POLICE));
        Thread.sleep(500); // time for a duplicate to show up, were there one
        assertThat(eventsOf(referralId)).isEqualTo(4); // issued + delivered, for each of the two
    }

    /** L 16(1-2): a suspected crime reaches the police district even when the child is not in immediate danger. */
    @Test
    void aSuspectedCrimeWithoutImmediateDangerReachesThePoliceToo() throws Exception {
        String referralId = UUID.randomUUID().toString();

        publisher.publishConfirmed(referralFiled(referralId, "TBILISI-VAKE", false, Concern.SEXUAL));

        await().atMost(Duration.ofSeconds(10)).until(() -> notificationsOf(referralId).size() == 2);
        assertThat(notificationsOf(referralId)).extracting(InboxDocument::ruleId, InboxDocument::recipientBody)
                .containsExactlyInAnyOrder(tuple("N1", VAKE_UNIT), tuple("N2", VAKE_POLICE));
    }

    /** N19: a referral of abuse through technologies reaches the Cyber Crime Division's inbox, and only its own. */
    @Test
    void aReferralWithAnOnlineElementReachesTheCyberCrimeDivisionsInbox() throws Exception {
        String referralId = UUID.randomUUID().toString();
        publisher.publishConfirmed(new IntegrationMessage(UUID.randomUUID().toString(), ReferralContract.SOURCE,
                ReferralFiledV1.TYPE, ReferralFiledV1.VERSION, Instant.now(),
                new MessageContext(referralId, "request-1", "reporter-1", "school.vake", "school-reporter", "SCH-1"),
                new ReferralFiledV1(referralId, "SCH-1", "SCH", "BATUMI", List.of(Concern.PSYCHOLOGICAL), false,
                        UUID.randomUUID().toString(), Instant.now(), null, List.of(OnlineAbuseKind.GROOMING))));

        await().atMost(Duration.ofSeconds(10)).until(() -> notificationsOf(referralId).size() == 2);
        assertThat(notificationsOf(referralId)).extracting(InboxDocument::ruleId, InboxDocument::recipientBody)
                .containsExactlyInAnyOrder(tuple("N1", "SCA-TU-BATUMI"), tuple("N19", "MIA-CCD"));
        RequestPostProcessor division = TestTokens.token("cybercrime.officer", "cyber-crime-investigator", "MIA-CCD", "MIA-CCD");
        mvc.perform(get("/api/notifications?referral=" + referralId.substring(0, 8)).with(division))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.referralId == '" + referralId + "')].ruleId").value("N19"))
                .andExpect(jsonPath("$[*].recipientBody", everyItem(is("MIA-CCD"))));
    }

    @Test
    void withoutImmediateDangerOrASuspectedCrimeOnlyTheAgencyUnitIsNotified() throws Exception {
        String referralId = UUID.randomUUID().toString();

        publisher.publishConfirmed(referralFiled(referralId, "BATUMI", false));

        await().atMost(Duration.ofSeconds(10)).until(() -> notificationsOf(referralId).size() == 1);
        assertThat(notificationsOf(referralId).get(0).recipientBody()).isEqualTo("SCA-TU-BATUMI");
        assertThat(notificationsOf(referralId).get(0).ruleVersion()).isEqualTo(1);
    }

    @Test
    void eachBodySeesOnlyItsOwnInboxAndAcknowledgesOnlyItsOwnNotifications() throws Exception {
        String referralId = UUID.randomUUID().toString();
        publisher.publishConfirmed(referralFiled(referralId, "TBILISI-SABURTALO", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> notificationsOf(referralId).size() == 2);
        String unitNotification = notificationsOf(referralId).stream().filter(n -> n.recipientBody().equals(VAKE_UNIT))
                .findFirst().orElseThrow().notificationId();

        mvc.perform(get("/api/notifications").with(memberOf(VAKE_UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.referralId == '" + referralId + "')].ruleId").value("N1"))
                .andExpect(jsonPath("$[*].recipientBody", everyItem(
                        is(VAKE_UNIT))));
        mvc.perform(post("/api/notifications/" + unitNotification + "/acknowledgement").with(memberOf(VAKE_POLICE)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/notifications/" + unitNotification + "/acknowledgement").with(memberOf(VAKE_UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.findById(unitNotification, InboxDocument.class).acknowledgedAt() != null);
    }

    @Test
    void replayingTheInboxRebuildsItEqualToTheLiveOne() throws Exception {
        String referralId = UUID.randomUUID().toString();
        publisher.publishConfirmed(referralFiled(referralId, "KUTAISI", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> notificationsOf(referralId).size() == 2
                && notificationsOf(referralId).stream().allMatch(n -> n.deliveredAt() != null));
        await().atMost(Duration.ofSeconds(10)).until(() -> replay.isCaughtUp(InboxProjection.NAME));
        List<InboxDocument> live = mongo.findAll(InboxDocument.class);

        replay.replay(InboxProjection.NAME);
        replay.awaitCaughtUp(InboxProjection.NAME, Duration.ofSeconds(30));

        assertThat(mongo.findAll(InboxDocument.class)).containsExactlyInAnyOrderElementsOf(live);
    }
}
