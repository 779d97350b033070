package ge.mimartva.victimstatus;

import ge.mimartva.messaging.IntegrationEventPublisher;
import ge.mimartva.messaging.IntegrationMessage;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.projection.ProjectionReplay;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.testsupport.TestStack;
import ge.mimartva.victimstatus.query.ProtectionRecordDocument;
import ge.mimartva.victimstatus.query.ProtectionRecordProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** victim-status-service fed through the test stack's real RabbitMQ, with its event store in real PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class VictimStatusServiceIntegrationTest {

    @DynamicPropertySource
    static void testStack(DynamicPropertyRegistry registry) {
        TestStack.configure(registry, "victim-status");
    }

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired IntegrationEventPublisher publisher;
    @Autowired ProjectionReplay replay;

    static RequestPostProcessor socialWorkerServing(String municipality) {
        return jwt().jwt(j -> j.subject("sw").claim("preferred_username", "sw")
                .claim("realm_access", Map.of("roles", List.of("social-worker"))).claim("territory", List.of(municipality)));
    }

    static IntegrationMessage referralFiled(String child, String municipality) {
        String referralId = UUID.randomUUID().toString();
        return new IntegrationMessage(UUID.randomUUID().toString(), ReferralContract.SOURCE, ReferralFiledV1.TYPE,
                ReferralFiledV1.VERSION, Instant.now(), new MessageContext(referralId, "request-1", "reporter-1",
                "school.vake", "school-reporter", "SCH-1"), new ReferralFiledV1(referralId, "SCH-1", "SCH",
                municipality, List.of(Concern.NEGLECT), false, child, Instant.now()));
    }

    ProtectionRecordDocument record(String child) {
        return mongo.findById(child, ProtectionRecordDocument.class);
    }

    @Test
    void everyReferralAboutAChildIsLinkedOnceToTheChildsProtectionRecord() throws Exception {
        String child = UUID.randomUUID().toString();
        IntegrationMessage first = referralFiled(child, "TBILISI-VAKE");
        publisher.publishConfirmed(first);
        publisher.publishConfirmed(first);
        publisher.publishConfirmed(referralFiled(child, "BATUMI"));

        await().atMost(Duration.ofSeconds(10)).until(() -> record(child) != null && record(child).referralIds().size() == 2);
        assertThat(record(child).municipalities()).containsExactlyInAnyOrder("TBILISI-VAKE", "BATUMI");

        mvc.perform(get("/api/victim-status/protection-records/" + child).with(socialWorkerServing("BATUMI")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referralIds.length()").value(2));
        mvc.perform(get("/api/victim-status/protection-records/" + child).with(socialWorkerServing("GORI")))
                .andExpect(status().isNotFound());
    }

    @Test
    void replayingTheRecordsRebuildsThemEqualToTheLiveOnes() throws Exception {
        String child = UUID.randomUUID().toString();
        publisher.publishConfirmed(referralFiled(child, "ZUGDIDI"));
        await().atMost(Duration.ofSeconds(10)).until(() -> record(child) != null);
        await().atMost(Duration.ofSeconds(10)).until(() -> replay.isCaughtUp(ProtectionRecordProjection.NAME));
        List<ProtectionRecordDocument> live = mongo.findAll(ProtectionRecordDocument.class);

        replay.replay(ProtectionRecordProjection.NAME);
        replay.awaitCaughtUp(ProtectionRecordProjection.NAME, Duration.ofSeconds(30));

        assertThat(mongo.findAll(ProtectionRecordDocument.class)).containsExactlyInAnyOrderElementsOf(live);
    }
}
