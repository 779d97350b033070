package ge.mimartva.referral;

import com.jayway.jsonpath.JsonPath;
import ge.mimartva.platform.pseudonym.SubjectPseudonyms;
import ge.mimartva.referral.api.SafetyMeasure;
import ge.mimartva.referral.command.ReferralEvents;
import ge.mimartva.referral.query.ReferralDocument;
import ge.mimartva.testsupport.NeedsTestStack;
import ge.mimartva.testsupport.TestTokens;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Crypto-shredding against the real event store: a child's personal data is stored only sealed with the child's own
 * key; erasing that key makes it read as erased in the read models, leaves other children as they were, and changes
 * no stored byte, so the event history verifies as before.
 */
@NeedsTestStack("referral")
@SpringBootTest
@AutoConfigureMockMvc
class CryptoShreddingIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired MongoTemplate mongo;
    @Autowired SubjectPseudonyms pseudonyms;

    static final String SCHOOL = "SCH-TBILISI-VAKE-051";
    static final RequestPostProcessor REPORTER = actor("school.vake", "school-reporter", SCHOOL);
    static final RequestPostProcessor ADMINISTRATOR = actor("admin", "administrator", "MOES");
    static final RequestPostProcessor AUDITOR = actor("auditor", "auditor", "PDP");
    static final RequestPostProcessor SECOND_ADMINISTRATOR = actor("admin.two", "administrator", "MOES");

    static RequestPostProcessor actor(String username, String role, String body) {
        return TestTokens.token(username, role, body, "SCH", "TBILISI-VAKE");
    }

    record FiledChild(String referralId, String personalNumber, String lastName) {
        String subjectId(SubjectPseudonyms pseudonyms) {
            return pseudonyms.of(personalNumber);
        }
    }

    FiledChild file(String firstName) throws Exception {
        String personalNumber = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        String lastName = "გვარი" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"reportingBody\":\"" + SCHOOL + "\",\"child\":{\"firstName\":\"" + firstName + "\",\"lastName\":\""
                + lastName + "\",\"personalNumber\":\"" + personalNumber + "\",\"dateOfBirth\":\"2016-05-02\","
                + "\"municipality\":\"TBILISI-VAKE\"},\"concerns\":[\"PHYSICAL\"],"
                + "\"description\":\"ბავშვი ამბობს, რომ სახლში ეშინია.\",\"immediateDanger\":false}";
        String response = mvc.perform(post("/api/referrals").with(REPORTER).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(response, "$.referralId");
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(id, ReferralDocument.class) != null);
        return new FiledChild(id, personalNumber, lastName);
    }

    byte[] storedFiling(String referralId) {
        return jdbc.queryForObject("select payload from domainevententry where aggregateidentifier = ? and sequencenumber = 0",
                byte[].class, referralId);
    }

    @Test
    void aChildsPersonalDataIsStoredOnlySealedWithTheChildsKey() throws Exception {
        FiledChild child = file("ანა");
        String stored = new String(storedFiling(child.referralId()), StandardCharsets.UTF_8);

        assertThat(stored).doesNotContain(child.lastName(), child.personalNumber(), "2016-05-02", "ეშინია")
                .contains("sealedPersonalData", child.subjectId(pseudonyms), "TBILISI-VAKE");
        assertThat(jdbc.queryForObject("select count(*) from data_subject_key where subject_id = ? and erased_at is null",
                Integer.class, child.subjectId(pseudonyms))).isEqualTo(1);
    }

    @Test
    void erasingOneChildsKeyErasesThatChildEverywhereAndLeavesTheHistoryVerifiable() throws Exception {
        FiledChild erased = file("ლუკა");
        FiledChild other = file("მარიამ");
        byte[] storedBefore = storedFiling(erased.referralId());

        String response = erase(erased.subjectId(pseudonyms));
        assertThat((Integer) JsonPath.read(response, "$.keysErased")).isEqualTo(1);
        long upTo = ((Number) JsonPath.read(response, "$.historyUpTo")).longValue();
        String digestBefore = JsonPath.read(response, "$.historyDigest");

        // the read models are rebuilt from the events: the erased child's fields are gone, the other child's are not
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ReferralDocument gone = mongo.findById(erased.referralId(), ReferralDocument.class);
            assertThat(gone).isNotNull();
            assertThat(gone.childFirstName()).isNull();
            assertThat(gone.childLastName()).isNull();
            assertThat(gone.childPersonalNumber()).isNull();
            assertThat(gone.childDateOfBirth()).isNull();
            assertThat(gone.description()).isNull();
            assertThat(gone.municipality()).isEqualTo("TBILISI-VAKE");
        });
        mvc.perform(get("/api/referrals/" + erased.referralId()).with(REPORTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.child.firstName").doesNotExist())
                .andExpect(jsonPath("$.child.personalNumber").doesNotExist())
                .andExpect(jsonPath("$.concerns[0]").value("PHYSICAL"));
        mvc.perform(get("/api/referrals/" + other.referralId()).with(REPORTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.child.firstName").value("მარიამ"))
                .andExpect(jsonPath("$.child.lastName").value(other.lastName()))
                .andExpect(jsonPath("$.child.personalNumber").value(other.personalNumber()));

        // nothing stored was rewritten: the same bytes, the same digest, and every event still reads
        assertThat(storedFiling(erased.referralId())).isEqualTo(storedBefore);
        mvc.perform(get("/api/admin/event-history/verification").param("upTo", String.valueOf(upTo)).with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.digest").value(digestBefore))
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.unreadable").value(0));
        // and the referral itself still replays: its case goes on
        mvc.perform(get("/api/referrals/" + erased.referralId()).with(actor("sw.vake", "social-worker",
                        "SCA-TU-TBILISI-VAKE-SABURTALO")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FILED"));
    }

    static final RequestPostProcessor SUPERVISOR = actor("supervisor.vake", "agency-supervisor",
            "SCA-TU-TBILISI-VAKE-SABURTALO");

    /** Takes a step as the unit's supervisor at the version given; answers the version after it. */
    long act(String referralId, long version, String action, String fields) throws Exception {
        String outcome = mvc.perform(post("/api/referrals/" + referralId + "/" + action).with(SUPERVISOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expectedVersion\":" + version + fields + "}"))
                .andExpect(result -> assertThat(result.getResponse().getStatus())
                        .as(action + ": " + result.getResponse().getContentAsString()).isEqualTo(200))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(outcome, "$.version")).longValue();
    }

    @Test
    void whatTheCaseLaterSaysAboutTheChildIsSealedWithTheChildsKeyAndErasedWithIt() throws Exception {
        FiledChild child = file("ელენე");
        String opinion = "ბავშვს სურს ბებიასთან დარჩენა";
        String task = "ყოველდღიური შეხვედრა სკოლის ფსიქოლოგთან";
        long version = ((Number) JsonPath.read(mvc.perform(get("/api/referrals/" + child.referralId()).with(SUPERVISOR))
                .andReturn().getResponse().getContentAsString(), "$.version")).longValue();
        version = act(child.referralId(), version, "triage", ",\"urgency\":\"STANDARD\"");
        version = act(child.referralId(), version, "assign", ",\"socialWorker\":\"sw.vake\"");
        version = act(child.referralId(), version, "first-contact", ",\"contactedAt\":\"" + Instant.now() + "\"");
        version = act(child.referralId(), version, "assess", ",\"outcome\":\"RISK_CONFIRMED\"");
        version = act(child.referralId(), version, "decide",
                ",\"measures\":[\"SAFETY_PLAN_AT_HOME\"],\"childOpinion\":\"" + opinion + "\"");
        act(child.referralId(), version, "conference", ",\"heldAt\":\"" + Instant.now() + "\",\"participants\":[\""
                + SCHOOL + "\"],\"tasks\":[{\"ownerBody\":\"" + SCHOOL + "\",\"task\":\"" + task + "\",\"due\":\""
                + LocalDate.now().plusDays(14) + "\"}]");
        assertThat(stored(child.referralId(), "SafetyDecisionMade")).doesNotContain(opinion)
                .contains("sealedPersonalData", child.subjectId(pseudonyms), "SAFETY_PLAN_AT_HOME");
        assertThat(stored(child.referralId(), "CaseConferenceHeld")).doesNotContain(task)
                .contains("sealedPersonalData", child.subjectId(pseudonyms), SCHOOL);
        assertThat(recorded(child.referralId(), ReferralEvents.SafetyDecisionMade.class).childOpinion()).isEqualTo(opinion);
        assertThat(recorded(child.referralId(), ReferralEvents.CaseConferenceHeld.class).tasks().get(0).task()).isEqualTo(task);
        // the school reads its own task of the plan (L 14¹), and nothing else of the case; another school does not
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/plan-tasks?limit=200")
                        .with(actor("school.vake", "school-reporter", SCHOOL)))
                .andExpect(jsonPath("$[?(@.referralId == '%s')].task".formatted(child.referralId())).value(task)));
        mvc.perform(get("/api/plan-tasks?limit=200").with(actor("school.other", "school-reporter", "SCH-OTHER-1")))
                .andExpect(jsonPath("$[?(@.referralId == '%s')]".formatted(child.referralId())).isEmpty());

        erase(child.subjectId(pseudonyms));

        ReferralEvents.SafetyDecisionMade decision = recorded(child.referralId(), ReferralEvents.SafetyDecisionMade.class);
        assertThat(decision.childOpinion()).isNull();
        assertThat(decision.measures()).containsExactly(SafetyMeasure.SAFETY_PLAN_AT_HOME);
        ReferralEvents.PlannedTask planned = recorded(child.referralId(), ReferralEvents.CaseConferenceHeld.class).tasks().get(0);
        assertThat(planned.task()).isNull();
        assertThat(planned.ownerBody()).isEqualTo(SCHOOL);
        // the read model is rebuilt: the document is missing for a moment, then back without the task's text
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ReferralDocument rebuilt = mongo.findById(child.referralId(), ReferralDocument.class);
            assertThat(rebuilt).isNotNull();
            assertThat(rebuilt.planTasks()).singleElement().satisfies(t -> {
                assertThat(t.task()).isNull();
                assertThat(t.ownerBody()).isEqualTo(SCHOOL);
            });
        });
    }

    String stored(String referralId, String eventType) {
        return new String(jdbc.queryForObject("select payload from domainevententry where aggregateidentifier = ? "
                + "and payloadtype like ?", byte[].class, referralId, "%" + eventType), StandardCharsets.UTF_8);
    }

    @Autowired EventStore eventStore;

    <E> E recorded(String referralId, Class<E> eventType) {
        return eventStore.readEvents(referralId).asStream().map(e -> e.getPayload()).filter(eventType::isInstance)
                .map(eventType::cast).findFirst().orElseThrow();
    }

    @Test
    void aTamperedEventNoLongerVerifies() throws Exception {
        FiledChild child = file("გიორგი");
        long head = jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);
        String digest = verify(head);
        byte[] payload = storedFiling(child.referralId());
        try {
            jdbc.update("update domainevententry set payload = ? where aggregateidentifier = ? and sequencenumber = 0",
                    new String(payload, StandardCharsets.UTF_8).replace("FILED", "FILEd").replace("PHYSICAL", "NEGLECT")
                            .getBytes(StandardCharsets.UTF_8), child.referralId());
            assertThat(verify(head)).isNotEqualTo(digest);
            mvc.perform(get("/api/admin/event-history/verification").param("upTo", String.valueOf(head)).with(AUDITOR))
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstDifference.problem").value(
                            "the event differs from what was stored: a column was changed, or the event was moved"));
        } finally {
            jdbc.update("update domainevententry set payload = ? where aggregateidentifier = ? and sequencenumber = 0",
                    payload, child.referralId());
        }
        assertThat(verify(head)).isEqualTo(digest);
    }

    /** One administrator asks for the subject's erasure, a second approves it: the erasure's record. */
    String erase(String subjectId) throws Exception {
        String requestId = JsonPath.read(mvc.perform(post("/api/admin/personal-data-erasures").with(ADMINISTRATOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectId\":\"" + subjectId + "\",\"reason\":\"COURT_ORDER\"}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(), "$.requestId");
        return mvc.perform(post("/api/admin/personal-data-erasures/" + requestId + "/approval").with(SECOND_ADMINISTRATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /**
     * Four eyes: an erasure asked for erases nothing until a second administrator approves it; the one who asked
     * cannot approve it, a subject has one open request, and a request is decided once.
     */
    @Test
    void aSecondAdministratorApprovesAnErasureBeforeAnythingIsErased() throws Exception {
        FiledChild child = file("ნიკა");
        String subjectId = child.subjectId(pseudonyms);
        String asked = "{\"subjectId\":\"" + subjectId + "\",\"reason\":\"COURT_ORDER\"}";
        String requestId = JsonPath.read(mvc.perform(post("/api/admin/personal-data-erasures").with(ADMINISTRATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(asked))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(), "$.requestId");
        mvc.perform(post("/api/admin/personal-data-erasures").with(SECOND_ADMINISTRATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(asked))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/admin/personal-data-erasures").with(SECOND_ADMINISTRATOR))
                .andExpect(jsonPath("$[?(@.requestId == '%s')].subjectId".formatted(requestId)).value(subjectId));

        mvc.perform(post("/api/admin/personal-data-erasures/" + requestId + "/approval").with(ADMINISTRATOR))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("second administrator")));
        assertThat(jdbc.queryForObject("select count(*) from data_subject_key where subject_id = ? and erased_at is null",
                Integer.class, subjectId)).isEqualTo(1);

        mvc.perform(post("/api/admin/personal-data-erasures/" + requestId + "/approval").with(SECOND_ADMINISTRATOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.keysErased").value(1));
        mvc.perform(post("/api/admin/personal-data-erasures/" + requestId + "/rejection").with(SECOND_ADMINISTRATOR))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from data_subject_key where subject_id = ? and erased_at is null",
                Integer.class, subjectId)).isZero();
        assertThat(jdbc.queryForObject("select decided_name from erasure_request where request_id = ?::uuid", String.class,
                requestId)).isEqualTo("admin.two");
    }

    String verify(long upTo) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/admin/event-history/verification").param("upTo", String.valueOf(upTo))
                .with(AUDITOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.digest");
    }

    @Test
    void onlyAdministratorsErase() throws Exception {
        mvc.perform(post("/api/admin/personal-data-erasures").with(AUDITOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectId\":\"" + UUID.randomUUID() + "\",\"reason\":\"COURT_ORDER\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/personal-data-erasures").with(ADMINISTRATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectId\":\"01001012345\",\"reason\":\"COURT_ORDER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subjectId"));
    }
}
