package ge.mimartva.referral;

import com.jayway.jsonpath.JsonPath;
import ge.mimartva.referral.query.PreservationRequestDocument;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 24/7 contact point's preservation requests against the test stack's PostgreSQL and RabbitMQ: recorded and
 * handled by the Cyber Crime Division step by step, read by the prosecutor and auditors (each read audited), hidden
 * from everyone else; bad input refused naming the field with nothing recorded; the data never in the events' clear
 * text; every step in the request's chain with its actor.
 */
@NeedsTestStack("referral-preservation")
@SpringBootTest
@AutoConfigureMockMvc
class PreservationRequestIntegrationTest {

    static final RequestPostProcessor DIVISION = TestTokens.token("cybercrime.officer", "cyber-crime-investigator",
            "MIA-CCD", "MIA-CCD");
    static final RequestPostProcessor PROSECUTOR = TestTokens.token("prosecutor", "mia-analyst", "PRO-GEO", "PRO");
    static final RequestPostProcessor AUDITOR = TestTokens.token("auditor", "auditor", "MIMARTVA-AUDIT", "AUDIT");
    static final RequestPostProcessor POLICE = TestTokens.token("police.vake", "police-officer",
            "MIA-D-TBILISI-VAKE-SABURTALO", "MIA-D", "TBILISI-VAKE");

    static final String FROM_GERMANY = """
            {"origin":"FOREIGN_CONTACT_POINT","requestingAuthority":"CP247-DE","requesterReference":"DE-2026-77",
             "receiptConfirmationRequested":true,"offence":"sexual extortion of a child",
             "serviceProvider":"ISP-SOCIAL-01","dataToPreserve":["account @threatener.de","messages 2026-11-20 to 2026-11-25"]}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired MongoTemplate mongo;

    ResultActions send(String path, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String record(String body) throws Exception {
        String id = JsonPath.read(send("/api/preservation-requests", DIVISION, body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.requestId");
        awaitDocument(id, d -> true);
        return id;
    }

    PreservationRequestDocument awaitDocument(String id, Predicate<PreservationRequestDocument> until) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(id, PreservationRequestDocument.class),
                d -> d != null && until.test(d));
    }

    long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    @Test
    void aForeignRequestIsPreservedAndTheRequesterToldEveryStepInItsChainWithItsActor() throws Exception {
        String id = record(FROM_GERMANY);
        String path = "/api/preservation-requests/" + id;

        send(path + "/provider-request", DIVISION, "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("once dual criminality is approved")));
        send(path + "/central-authority-consultation", DIVISION, "{\"question\":\"is it an offence in Georgia?\"}")
                .andExpect(status().isAccepted());
        send(path + "/central-authority-answer", DIVISION, "{\"answer\":\"yes, CC 255\"}").andExpect(status().isAccepted());
        send(path + "/dual-criminality", DIVISION, "{\"approved\":true,\"reasons\":\"an offence under CC 255\"}")
                .andExpect(status().isAccepted());
        send(path + "/provider-request", DIVISION, "{}").andExpect(status().isAccepted());
        awaitDocument(id, d -> d.status().name().equals("PROVIDER_ASKED"));
        send(path + "/requester-told", DIVISION, "{\"note\":\"preserved\"}").andExpect(status().isConflict());
        send(path + "/provider-answer", DIVISION, "{\"preserved\":true}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("preservedUntil"));
        send(path + "/provider-answer", DIVISION, "{\"preserved\":true,\"preservedUntil\":\"" + LocalDate.now().plusDays(90)
                + "\",\"providerReference\":\"LE-4411\"}").andExpect(status().isAccepted());
        send(path + "/requester-told", DIVISION, "{\"note\":\"preserved for 90 days; send the MLA request\"}")
                .andExpect(status().isAccepted());
        awaitDocument(id, d -> d.status().name().equals("REQUESTER_TOLD"));

        mvc.perform(get(path).with(DIVISION)).andExpect(status().isOk())
                .andExpect(jsonPath("$.dataToPreserve[0]").value("account @threatener.de"))
                .andExpect(jsonPath("$.providerReference").value("LE-4411"))
                .andExpect(jsonPath("$.clocks.PROVIDER_ANSWER.endedAt").isNotEmpty())
                .andExpect(jsonPath("$.nextDueAt").doesNotExist());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get(path + "/chain").with(AUDITOR))
                .andExpect(jsonPath("$[*].type").value(org.hamcrest.Matchers.hasItems("PreservationRequestRecorded",
                        "CentralAuthorityConsulted", "CentralAuthorityAnswered", "DualCriminalityDecided",
                        "ProviderAskedToPreserve", "DataPreserved", "RequesterToldOfPreservation")))
                .andExpect(jsonPath("$[?(@.type == 'DataPreserved')].actor.username").value("cybercrime.officer")));
        String stored = new String(jdbc.queryForObject("select payload from domainevententry where aggregateidentifier = ? "
                + "and sequencenumber = 0", byte[].class, id), StandardCharsets.UTF_8);
        assertThat(stored).contains("CP247-DE").doesNotContain("threatener", "sexual extortion");
    }

    @Test
    void aGeorgianInvestigatorsRequestIsRecordedForTheirDistrictWithoutAnEMailReceipt() throws Exception {
        String id = record(FROM_GERMANY.replace("FOREIGN_CONTACT_POINT", "GEORGIAN_INVESTIGATOR")
                .replace("\"CP247-DE\"", "\"MIA-D-BATUMI\"").replace("true", "false"));
        mvc.perform(get("/api/preservation-requests/" + id).with(DIVISION))
                .andExpect(jsonPath("$.origin").value("GEORGIAN_INVESTIGATOR"))
                .andExpect(jsonPath("$.requestingAuthority").value("MIA-D-BATUMI"));
    }

    @Test
    void aRequestWhoseProviderCannotPreserveEndsInAnOfferOfUrgentMla() throws Exception {
        String id = record(FROM_GERMANY);
        String path = "/api/preservation-requests/" + id;
        send(path + "/dual-criminality", DIVISION, "{\"approved\":true,\"reasons\":\"CC 255\"}").andExpect(status().isAccepted());
        send(path + "/provider-request", DIVISION, "{}").andExpect(status().isAccepted());
        send(path + "/provider-answer", DIVISION, "{\"preserved\":false}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        send(path + "/provider-answer", DIVISION, "{\"preserved\":false,\"reason\":\"logs kept 7 days only\"}")
                .andExpect(status().isAccepted());
        send(path + "/urgent-mla-offer", DIVISION, "{\"note\":\"send an urgent MLA request\"}").andExpect(status().isAccepted());
        assertThat(awaitDocument(id, d -> d.status().name().equals("URGENT_MLA_OFFERED")).open()).isFalse();
    }

    @Test
    void onlyTheDivisionActsTheProsecutorAndAuditorsReadAndEveryoneElseSeesNothing() throws Exception {
        String id = record(FROM_GERMANY);
        String path = "/api/preservation-requests/" + id;
        mvc.perform(get(path).with(PROSECUTOR)).andExpect(status().isOk());
        mvc.perform(get(path).with(AUDITOR)).andExpect(status().isOk());
        mvc.perform(get(path).with(POLICE)).andExpect(status().isNotFound());
        mvc.perform(get("/api/preservation-requests").with(POLICE)).andExpect(status().isForbidden());
        send(path + "/dual-criminality", PROSECUTOR, "{\"approved\":true,\"reasons\":\"x\"}").andExpect(status().isForbidden());
        send("/api/preservation-requests", POLICE, FROM_GERMANY).andExpect(status().isForbidden());
        mvc.perform(get("/api/preservation-requests?limit=200").with(DIVISION)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.requestId == '" + id + "')].status").value("RECEIVED"))
                .andExpect(jsonPath("$[0].dataToPreserve").doesNotExist());
        // the reads are recorded as events and reach the audit's read model within moments
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(
                        get("/api/audit/referral-service/record-reads/" + id).with(AUDITOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].readerUsername").value(org.hamcrest.Matchers.hasItems("prosecutor", "auditor"))));
    }

    @Test
    void aRequestFromAnUnknownRequesterOrProviderOrCarryingTheMaterialIsRefusedNamingTheFieldAndNothingIsRecorded() throws Exception {
        long before = events();
        send("/api/preservation-requests", DIVISION, FROM_GERMANY.replace("CP247-DE", "CP247-XX"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestingAuthority"));
        send("/api/preservation-requests", DIVISION, FROM_GERMANY.replace("ISP-SOCIAL-01", "ISP-NOWHERE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("serviceProvider"));
        send("/api/preservation-requests", DIVISION, FROM_GERMANY.replace("account @threatener.de",
                "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dataToPreserve[0]"))
                .andExpect(content().string(not(containsString("/9j/4AAQ"))));
        send("/api/preservation-requests", DIVISION, FROM_GERMANY.replace("FOREIGN_CONTACT_POINT", "GEORGIAN_INVESTIGATOR")
                .replace("\"CP247-DE\"", "\"MIA-D-BATUMI\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receiptConfirmationRequested"));
        send("/api/preservation-requests", DIVISION, FROM_GERMANY.replace("FOREIGN_CONTACT_POINT", "GEORGIAN_INVESTIGATOR")
                .replace("\"CP247-DE\"", "\"SCH-TBILISI-VAKE-051\"").replace("true", "false")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestingAuthority"));
        send("/api/preservation-requests", DIVISION, "{\"origin\":\"FOREIGN_CONTACT_POINT\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("offence",
                        "serviceProvider", "dataToPreserve", "receiptConfirmationRequested")));
        assertThat(events()).isEqualTo(before);
    }

    /** What the division sent abroad: INTERPOL's ICSE question answered, never the material, only its hash. */
    @Test
    void whatTheDivisionSentThroughInterpolIsRecordedWithTheIcseAnswerAndOnlyTheMaterialsHash() throws Exception {
        String hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        String exchange = "{\"channel\":\"INTERPOL\",\"counterpart\":\"INTERPOL-NCB-TBILISI\","
                + "\"sent\":\"the hashes of 3 images and the account, for victim identification\",\"materialHash\":\"%s\"%s}";
        long before = events();
        send("/api/international-exchanges", DIVISION, exchange.formatted(hash, "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("icseContribution"));
        send("/api/international-exchanges", DIVISION, exchange.formatted("/9j/4AAQSkZJRgABAQ", ",\"icseContribution\":\"CONTRIBUTED\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("materialHash"))
                .andExpect(content().string(not(containsString("/9j/4AAQ"))));
        send("/api/international-exchanges", DIVISION, exchange.formatted(hash, ",\"icseContribution\":\"NOT_CONTRIBUTED\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("icseReason"));
        send("/api/international-exchanges", DIVISION, exchange.formatted(hash, ",\"icseContribution\":\"CONTRIBUTED\"")
                .replace("INTERPOL-NCB-TBILISI", "EUROPOL")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("counterpart"));
        assertThat(events()).isEqualTo(before);

        String id = JsonPath.read(send("/api/international-exchanges", DIVISION,
                        exchange.formatted(hash, ",\"icseContribution\":\"CONTRIBUTED\"")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.exchangeId");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/international-exchanges").with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.exchangeId == '" + id + "')].icseContribution").value("CONTRIBUTED"))
                .andExpect(jsonPath("$[?(@.exchangeId == '" + id + "')].materialHash").value(hash))
                .andExpect(jsonPath("$[?(@.exchangeId == '" + id + "')].sent").doesNotExist()));
        mvc.perform(get("/api/international-exchanges/" + id).with(PROSECUTOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.sent").value("the hashes of 3 images and the account, for victim identification"));
        mvc.perform(get("/api/international-exchanges/" + id).with(POLICE)).andExpect(status().isNotFound());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(
                        get("/api/audit/referral-service/record-reads/" + id).with(AUDITOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].readerUsername").value(org.hamcrest.Matchers.hasItem("prosecutor"))));
        mvc.perform(get("/api/international-exchanges").with(POLICE)).andExpect(status().isForbidden());
        send("/api/international-exchanges", PROSECUTOR, exchange.formatted(hash, ",\"icseContribution\":\"CONTRIBUTED\""))
                .andExpect(status().isForbidden());
    }
}
