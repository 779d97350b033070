package ge.mimartva.referral;

import com.jayway.jsonpath.JsonPath;
import ge.mimartva.platform.audit.ReadPurpose;
import ge.mimartva.platform.audit.RecordRead;
import ge.mimartva.referral.query.ReferralDocument;
import ge.mimartva.testsupport.NeedsTestStack;
import ge.mimartva.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every read of a child's record is recorded (who, role, body, when, which record, why), for auditors and in the chain. */
@NeedsTestStack("referral")
@SpringBootTest
@AutoConfigureMockMvc
class ReadAuditIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired JdbcTemplate jdbc;

    static final String SCHOOL = "SCH-TBILISI-VAKE-051";
    static final RequestPostProcessor REPORTER = actor("school.vake", "school-reporter", SCHOOL);
    static final RequestPostProcessor SOCIAL_WORKER = actor("sw.vake", "social-worker", "SCA-TU-TBILISI-VAKE-SABURTALO");
    static final RequestPostProcessor AUDITOR = actor("auditor", "auditor", "PDP");

    static RequestPostProcessor actor(String username, String role, String body) {
        return TestTokens.token(username, role, body, "SCH", "TBILISI-VAKE");
    }

    String file() throws Exception {
        String body = "{\"reportingBody\":\"" + SCHOOL + "\",\"child\":{\"firstName\":\"ნიკა\",\"lastName\":\"კაპანაძე\","
                + "\"approximateAge\":9,\"municipality\":\"TBILISI-VAKE\"},\"concerns\":[\"NEGLECT\"],"
                + "\"description\":\"x\",\"immediateDanger\":false}";
        String id = JsonPath.read(mvc.perform(post("/api/referrals").with(REPORTER).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.referralId");
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(id, ReferralDocument.class) != null);
        return id;
    }

    long reads(String referralId) {
        return jdbc.queryForObject("select count(*) from domainevententry where payloadtype = ? and metadata like ?",
                Long.class, RecordRead.class.getName(), ("%" + referralId + "%").getBytes());
    }

    @Test
    void readsAreRecordedWithWhoWhenWhatAndWhyAndAuditorsSeeThem() throws Exception {
        String id = file();
        mvc.perform(get("/api/referrals/" + id).with(REPORTER)).andExpect(status().isOk());
        mvc.perform(get("/api/referrals/" + id).with(SOCIAL_WORKER).header(ReadPurpose.HEADER, "case_work"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/referrals/" + id + "/chain").with(SOCIAL_WORKER)).andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/audit/referral-service/record-reads/" + id).with(AUDITOR))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.length()").value(3))
                        .andExpect(jsonPath("$[0].record").value("referral"))
                        .andExpect(jsonPath("$[0].readerUsername").value("school.vake"))
                        .andExpect(jsonPath("$[0].readerRole").value("school-reporter"))
                        .andExpect(jsonPath("$[0].readerBody").value(SCHOOL))
                        .andExpect(jsonPath("$[0].purpose").value("REPORTER_FOLLOW_UP"))
                        .andExpect(jsonPath("$[0].readAt").exists())
                        .andExpect(jsonPath("$[1].purpose").value("CASE_WORK"))
                        .andExpect(jsonPath("$[2].record").value("referral-chain"))
                        .andExpect(jsonPath("$[2].purpose").value("CASE_WORK")));

        // the chain shows the reads among the steps
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/referrals/" + id + "/chain").with(AUDITOR))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$[*].type", hasItem("RecordRead")))
                        .andExpect(jsonPath("$[?(@.type == 'RecordRead')].actor.username", hasItem("sw.vake"))));
    }

    @Test
    void onlyAuditorsSeeWhoReadARecord() throws Exception {
        String id = file();
        mvc.perform(get("/api/audit/referral-service/record-reads/" + id).with(SOCIAL_WORKER))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/audit/notification-service/record-reads/" + id).with(AUDITOR))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownPurposeIsRefusedAndNothingIsRead() throws Exception {
        String id = file();
        long before = reads(id);
        mvc.perform(get("/api/referrals/" + id).with(REPORTER).header(ReadPurpose.HEADER, "curiosity"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(ReadPurpose.HEADER))
                .andExpect(jsonPath("$.child").doesNotExist());
        assertThat(reads(id)).isEqualTo(before);
    }

    /** A school cannot read for an audit, nor a social worker for supervision: a purpose is one the role may claim. */
    @Test
    void aPurposeTheReadersRoleMayNotClaimIsRefusedAndNothingIsRead() throws Exception {
        String id = file();
        long before = reads(id);
        mvc.perform(get("/api/referrals/" + id).with(REPORTER).header(ReadPurpose.HEADER, "AUDIT"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(ReadPurpose.HEADER))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "must be a purpose your role may claim: one of [REPORTER_FOLLOW_UP]"));
        mvc.perform(get("/api/referrals/" + id).with(SOCIAL_WORKER).header(ReadPurpose.HEADER, "supervision"))
                .andExpect(status().isBadRequest());
        assertThat(reads(id)).isEqualTo(before);
    }

    /** A refused read is answered as if the record did not exist, not recorded as a read, and shown to auditors. */
    @Test
    void aRefusedReadIsNotAnsweredButIsRecordedForTheAuditors() throws Exception {
        String id = file();
        long before = reads(id);
        mvc.perform(get("/api/referrals/" + id).with(actor("other.school", "school-reporter", "SCH-TBILISI-VAKE-052")))
                .andExpect(status().isNotFound());
        assertThat(reads(id)).isEqualTo(before);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/audit/referral-service/record-reads/" + id).with(AUDITOR))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$[?(@.refused == true)].readerBody", hasItem("SCH-TBILISI-VAKE-052"))));
    }
}
