package ge.mimartva.referral;

import ge.mimartva.referral.command.ReferralFiled;
import ge.mimartva.referral.query.ReferralDocument;
import ge.mimartva.referral.query.ReferralProjection;
import ge.mimartva.testsupport.NeedsTestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static ge.mimartva.referral.CryptoShreddingIntegrationTest.ADMINISTRATOR;
import static ge.mimartva.referral.ReferralServiceIntegrationTest.VAKE_REPORTER;
import static ge.mimartva.referral.ReferralServiceIntegrationTest.VALID;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event no handler can take (here: a stored referral whose payload does not deserialize) stops nothing: each
 * processing group puts it aside in its dead-letter queue, every later referral is read as before, readiness stays
 * up and shows the letter, and administrators list it and hand it back.
 */
@NeedsTestStack("referral-poison")
@SpringBootTest
@AutoConfigureMockMvc
class PoisonEventIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired MongoTemplate mongo;

    final String poisonId = UUID.randomUUID().toString();

    /** Its own database: a poison stored and deleted again is a gap in the history's chain no other test should see. */
    @AfterEach
    void removeThePoisonSoNoLaterTestMeetsIt() {
        jdbc.update("delete from domainevententry where eventidentifier = ?", poisonId);
        jdbc.update("delete from deadletterentry where eventidentifier = ?", poisonId);
    }

    void storePoison() {
        // The child's name sits beside the field that breaks it: no failure report may quote it.
        byte[] payload = "{\"referralId\":{\"not\":\"a text\"},\"child\":{\"firstName\":\"ნინო\"}}".getBytes(StandardCharsets.UTF_8);
        jdbc.update("insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, "
                        + "payload, payloadrevision, payloadtype, timestamp) values (?, 0, 'Referral', ?, ?, ?, '2', ?, ?)",
                UUID.randomUUID().toString(), poisonId, "{}".getBytes(StandardCharsets.UTF_8), payload,
                ReferralFiled.class.getName(), Instant.now().toString());
    }

    @Test
    void aPoisonEventIsPutAsideAndEveryLaterReferralStillFlows() throws Exception {
        storePoison();

        String later = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/referrals").with(VAKE_REPORTER)
                .contentType("application/json").content(VALID)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.referralId");
        await().atMost(Duration.ofSeconds(15)).until(() -> mongo.findById(later, ReferralDocument.class) != null);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> mvc.perform(get("/api/admin/dead-letters").with(ADMINISTRATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.processingGroup == '" + ReferralProjection.NAME + "')].letters[*].eventId")
                        .value(org.hamcrest.Matchers.hasItem(poisonId))));
        mvc.perform(get("/api/admin/dead-letters").with(ADMINISTRATOR))
                .andExpect(jsonPath("$[?(@.processingGroup == '" + ReferralProjection.NAME + "')].letters[0].eventType")
                        .value(org.hamcrest.Matchers.hasItem("ReferralFiled")))
                .andExpect(jsonPath("$[?(@.processingGroup == '" + ReferralProjection.NAME + "')].letters[0].attempts")
                        .value(org.hamcrest.Matchers.hasItem(1)))
                .andExpect(content().string(not(containsString("ნინო"))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.eventProcessors.details['" + ReferralProjection.NAME + "'].deadLetters")
                        .value(greaterThanOrEqualTo(1))));

        // Handed back while the cause is still there, it stays put aside, one attempt more.
        mvc.perform(post("/api/admin/dead-letters/" + ReferralProjection.NAME + "/retry").with(ADMINISTRATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sequencesHandled").value(0))
                .andExpect(jsonPath("$.remaining").value(greaterThanOrEqualTo(1)));
        mvc.perform(get("/api/admin/dead-letters").with(ADMINISTRATOR))
                .andExpect(jsonPath("$[?(@.processingGroup == '" + ReferralProjection.NAME + "')].letters[0].attempts")
                        .value(org.hamcrest.Matchers.hasItem(2)));
    }
}
