package ge.mimartva.referral;

import ge.mimartva.referral.api.FileReferralRequest;
import ge.mimartva.referral.api.OnlineElement;
import ge.mimartva.testsupport.NeedsTestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.util.Collections;

import static ge.mimartva.referral.ReferralServiceIntegrationTest.NINO;
import static ge.mimartva.referral.ReferralServiceIntegrationTest.VAKE_REPORTER;
import static ge.mimartva.referral.ReferralServiceIntegrationTest.VALID;
import static ge.mimartva.referral.ReferralServiceIntegrationTest.referral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The worst caller's referrals: far too big, too deep, too many, too long. Each is answered 4xx naming what is wrong,
 * nothing of it is recorded, and the service goes on answering and ready. (A 22 MB referral with a 2,000,000-entry
 * list was once accepted, and froze two services.)
 */
@NeedsTestStack("referral")
@SpringBootTest
@AutoConfigureMockMvc
class HostileInputIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    long eventsBefore;

    long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    ResultActions file(String body) throws Exception {
        return mvc.perform(post("/api/referrals").with(VAKE_REPORTER).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @BeforeEach
    void countEvents() {
        eventsBefore = events();
    }

    @AfterEach
    void nothingWasRecordedAndTheServiceStillServesAndIsReady() throws Exception {
        assertThat(events()).as("events stored by the refused request").isEqualTo(eventsBefore);
        file(VALID).andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP")));
        eventsBefore = events();
    }

    @Test
    void aReferralOf22MegabytesIsRefusedWith413BeforeItIsRead() throws Exception {
        String concerns = "[" + String.join(",", Collections.nCopies(2_000_000, "\"PHYSICAL\"")) + "]";
        String body = referral(NINO, concerns, "\"x\"", "");
        assertThat(body.length()).isGreaterThan(22_000_000);

        file(body).andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:mimartva:problem:payload-too-large"))
                .andExpect(jsonPath("$.detail").value(containsString("256 KiB")));
    }

    @Test
    void aBodyNested100000DeepIsRefusedForItsSize() throws Exception {
        file("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)).andExpect(status().isPayloadTooLarge());
    }

    @Test
    void aBodyNested40000DeepWithinTheSizeIsRefusedAsInvalid() throws Exception {
        String deep = "{\"a\":".repeat(40_000) + "1" + "}".repeat(40_000);

        file(deep).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value("is nested too deeply or holds a value too long"));
    }

    @Test
    void aListLongerThanAnyListMayBeIsRefusedNamingIt() throws Exception {
        String concerns = "[" + String.join(",", Collections.nCopies(20_000, "\"PHYSICAL\"")) + "]";

        file(referral(NINO, concerns, "\"x\"", "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("concerns"))
                .andExpect(jsonPath("$.errors[0].message").value("must hold at most 100 entries"));
    }

    @Test
    void aConcernNamedTwiceIsRefused() throws Exception {
        file(referral(NINO, "[\"PHYSICAL\",\"NEGLECT\",\"PHYSICAL\"]", "\"x\"", "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("concerns"))
                .andExpect(jsonPath("$.errors[0].message").value("must name each concern at most once"));
    }

    @Test
    void aTextLongerThanAnyTextMayBeIsRefusedNamingItWhereverItIs() throws Exception {
        String child = NINO.replace("\"ნინო\"", "\"" + "ნ".repeat(50_000) + "\"");

        file(referral(child, "[\"PHYSICAL\"]", "\"" + "x".repeat(FileReferralRequest.DESCRIPTION_LIMIT + 1) + "\"", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "child.firstName", "description")))
                // the refusal never quotes what was sent
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("ნნნ"))));
    }

    /** The material itself is never taken: a reference is a link, a name or an id, not a copy of the images. */
    @Test
    void anOnlineElementThatCarriesTheMaterialIsRefusedNamingTheReference() throws Exception {
        String image = "data:image/jpeg;base64," + "/9j/4AAQSkZJRgABAQ".repeat(20);
        file(referral(NINO, "[\"SEXUAL\"]", "\"x\"", ",\"onlineElement\":{\"kinds\":[\"SELF_GENERATED_IMAGES\"],"
                + "\"references\":[\"an account\",\"" + image + "\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("onlineElement.references[1]"))
                .andExpect(jsonPath("$.errors[0].message").value(OnlineElement.REFERENCE_MESSAGE))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/9j/4AAQ"))));
    }

    @Test
    void anOnlineElementWithoutAKindWithAKindTwiceOrWithTooManyReferencesIsRefused() throws Exception {
        file(referral(NINO, "[\"SEXUAL\"]", "\"x\"", ",\"onlineElement\":{\"platform\":\"TikTok\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("onlineElement.kinds"));
        file(referral(NINO, "[\"SEXUAL\"]", "\"x\"", ",\"onlineElement\":{\"kinds\":[\"GROOMING\",\"GROOMING\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("onlineElement.kinds"))
                .andExpect(jsonPath("$.errors[0].message").value("must name each kind at most once"));
        String references = "[" + String.join(",", Collections.nCopies(OnlineElement.REFERENCES_LIMIT + 1, "\"@someone\"")) + "]";
        file(referral(NINO, "[\"SEXUAL\"]", "\"x\"", ",\"onlineElement\":{\"kinds\":[\"GROOMING\"],\"references\":"
                + references + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("onlineElement.references"));
    }
}
