package ge.mimartva.referral;

import ge.mimartva.platform.projection.ProjectionReplay;
import ge.mimartva.referral.query.ChainEntryDocument;
import ge.mimartva.referral.query.ChainProjection;
import ge.mimartva.referral.query.ReferralDocument;
import ge.mimartva.referral.query.ReferralProjection;
import ge.mimartva.testsupport.NeedsTestStack;
import ge.mimartva.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ge.mimartva.reference.SuspectedCrimes;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * referral-service against the test stack's real PostgreSQL (event store) and RabbitMQ, with the embedded Mongo
 * server for read models. Tokens are built in the test (their validation against the real Keycloak is covered end
 * to end by the acceptance tests).
 */
@NeedsTestStack("referral")
@SpringBootTest
@AutoConfigureMockMvc
class ReferralServiceIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired MongoTemplate mongo;
    @Autowired ProjectionReplay replay;

    static final String VAKE_SCHOOL = "SCH-TBILISI-VAKE-051";

    static RequestPostProcessor actor(String username, String role, String body, String... territory) {
        return TestTokens.token(username, role, body, "SCH", territory);
    }

    static final RequestPostProcessor VAKE_REPORTER = actor("school.vake", "school-reporter", VAKE_SCHOOL, "TBILISI-VAKE");
    static final RequestPostProcessor VAKE_SOCIAL_WORKER = actor("sw.vake", "social-worker",
            "SCA-TU-TBILISI-VAKE-SABURTALO", "TBILISI-VAKE", "TBILISI-SABURTALO");

    static String referral(String child, String concerns, String description, String extra) {
        return "{\"reportingBody\":\"" + VAKE_SCHOOL + "\",\"child\":" + child + ",\"concerns\":" + concerns
                + ",\"description\":" + description + ",\"immediateDanger\":false" + extra + "}";
    }

    static final String NINO = "{\"firstName\":\"ნინო\",\"lastName\":\"ბერიძე\",\"personalNumber\":\"01001012345\","
            + "\"dateOfBirth\":\"2015-03-14\",\"municipality\":\"TBILISI-VAKE\"}";
    static final String VALID = referral(NINO, "[\"PHYSICAL\"]", "\"ბავშვს ხელზე სისხლჩაქცევები აქვს.\"", "");

    String file(String body, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(post("/api/referrals").with(who).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().exists("Location")).andReturn();
        return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.referralId");
    }

    long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    long filings() {
        return jdbc.queryForObject("select count(*) from domainevententry where payloadtype = ?", Long.class,
                ge.mimartva.referral.command.ReferralFiled.class.getName());
    }

    void awaitReadable(String referralId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(referralId, ReferralDocument.class) != null);
    }

    @Test
    void aFiledReferralIsReadBackWithItsGeorgianTextIntact() throws Exception {
        String id = file(VALID, VAKE_REPORTER);
        awaitReadable(id);

        mvc.perform(get("/api/referrals/" + id).with(VAKE_REPORTER))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.child.firstName").value("ნინო"))
                .andExpect(jsonPath("$.child.lastName").value("ბერიძე"))
                .andExpect(jsonPath("$.description").value("ბავშვს ხელზე სისხლჩაქცევები აქვს."))
                .andExpect(jsonPath("$.progress").value("RECEIVED"))
                // the reporter sees what was reported and how far it has come, never the case itself
                .andExpect(jsonPath("$.status").doesNotExist())
                .andExpect(jsonPath("$.caseFile").doesNotExist())
                .andExpect(jsonPath("$.version").doesNotExist());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("an empty body", "", "body"),
                Arguments.of("malformed JSON", "{\"reportingBody\":", "body"),
                Arguments.of("JSON cut off inside a string", "{\"reportingBody\": \"SCH-TBILISI", "body"),
                Arguments.of("no child", referral("null", "[\"PHYSICAL\"]", "\"x\"", ""), "child"),
                Arguments.of("a 10-digit personal number", referral(NINO.replace("01001012345", "0100101234"),
                        "[\"PHYSICAL\"]", "\"x\"", ""), "child.personalNumber"),
                Arguments.of("an unknown municipality", referral(NINO.replace("TBILISI-VAKE", "ATLANTIS"),
                        "[\"PHYSICAL\"]", "\"x\"", ""), "child.municipality"),
                Arguments.of("an unknown concern", referral(NINO, "[\"BULLYING\"]", "\"x\"", ""), "concerns[0]"),
                Arguments.of("no concern", referral(NINO, "[]", "\"x\"", ""), "concerns"),
                Arguments.of("a description over the limit", referral(NINO, "[\"PHYSICAL\"]",
                        "\"" + "ა".repeat(4001) + "\"", ""), "description"),
                Arguments.of("a string for a boolean", VALID.replace("\"immediateDanger\":false", "\"immediateDanger\":\"yes\""),
                        "immediateDanger"),
                Arguments.of("a number for a name", VALID.replace("\"ნინო\"", "42"), "child.firstName"),
                Arguments.of("neither date of birth nor age", referral(NINO.replace(",\"dateOfBirth\":\"2015-03-14\"", ""),
                        "[\"PHYSICAL\"]", "\"x\"", ""), "child.dateOfBirth"),
                Arguments.of("a field the contract does not have", referral(NINO, "[\"PHYSICAL\"]", "\"x\"",
                        ",\"priority\":\"HIGH\""), "priority"),
                Arguments.of("a birth date in the future", referral(NINO.replace("2015-03-14", "2099-01-01"),
                        "[\"PHYSICAL\"]", "\"x\"", ""), "child.dateOfBirth"));
    }

    @ParameterizedTest(name = "{0} is refused, naming {2}")
    @MethodSource("badInput")
    void badInputIsRefusedNamingTheFieldAndRecordsNothing(String why, String body, String field) throws Exception {
        long before = events();

        mvc.perform(post("/api/referrals").with(VAKE_REPORTER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theProblemNeverQuotesTheRejectedPersonalData() throws Exception {
        String body = referral(NINO.replace("01001012345", "0100101234"), "[\"PHYSICAL\"]", "\"x\"", "");
        String answer = mvc.perform(post("/api/referrals").with(VAKE_REPORTER).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(answer).doesNotContain("0100101234").doesNotContain("ნინო");
    }

    @Test
    void theSameIdempotencyKeyFilesOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = filings();
        String first = mvc.perform(post("/api/referrals").with(VAKE_REPORTER).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(VALID)).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        String second = mvc.perform(post("/api/referrals").with(VAKE_REPORTER).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(VALID)).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");

        assertThat(second).isEqualTo(first);
        assertThat(filings()).isEqualTo(before + 1);
    }

    @Test
    void aKeyUsedBeforeForAnotherReferralIsRefusedAndFilesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/api/referrals").with(VAKE_REPORTER).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(VALID)).andExpect(status().isCreated());
        long before = filings();
        String another = referral(NINO, "[\"NEGLECT\"]", "\"ბავშვი მშიერია.\"", "");

        mvc.perform(post("/api/referrals").with(VAKE_REPORTER).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(another))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:mimartva:problem:idempotency-key-reused"))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("მშიერია"))));
        assertThat(filings()).isEqualTo(before);
    }

    @Test
    void anOversizedKeyIsRefusedNamingTheHeader() throws Exception {
        long before = filings();
        mvc.perform(post("/api/referrals").with(VAKE_REPORTER).header("Idempotency-Key", "k".repeat(129))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(filings()).isEqualTo(before);
    }

    @Test
    void aRefusedRequestLeavesItsKeyFreeForTheCorrectedOne() throws Exception {
        String key = UUID.randomUUID().toString();
        String withoutConcerns = referral(NINO, "[]", "\"ბავშვს ხელზე სისხლჩაქცევები აქვს.\"", "");
        mvc.perform(post("/api/referrals").with(VAKE_REPORTER).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(withoutConcerns)).andExpect(status().isBadRequest());
        long before = filings();

        mvc.perform(post("/api/referrals").with(VAKE_REPORTER).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(VALID)).andExpect(status().isCreated());
        assertThat(filings()).isEqualTo(before + 1);
    }

    @Test
    void aReporterOfAnotherSchoolCannotReadTheReferral() throws Exception {
        String id = file(VALID, VAKE_REPORTER);
        awaitReadable(id);

        mvc.perform(get("/api/referrals/" + id).with(actor("school.batumi", "school-reporter", "SCH-BATUMI-007", "BATUMI")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/referrals/" + id).with(VAKE_SOCIAL_WORKER)).andExpect(status().isOk());
        mvc.perform(get("/api/referrals/" + id).with(actor("sw.batumi", "social-worker", "SCA-TU-BATUMI", "BATUMI")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRoleThatMayNotFileIsForbidden() throws Exception {
        long before = events();
        mvc.perform(post("/api/referrals").with(actor("vig.member", "vig-member", VAKE_SCHOOL))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aReporterFilesOnlyForTheirOwnInstitution() throws Exception {
        long before = events();
        mvc.perform(post("/api/referrals").with(actor("school.batumi", "school-reporter", "SCH-BATUMI-007", "BATUMI"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isForbidden());
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        mvc.perform(post("/api/referrals").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void replayingTheProjectionsRebuildsReadModelsEqualToTheLiveOnes() throws Exception {
        for (int i = 0; i < 3; i++) {
            awaitReadable(file(VALID, VAKE_REPORTER));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> replay.isCaughtUp(ReferralProjection.NAME)
                && replay.isCaughtUp(ChainProjection.NAME));
        List<ReferralDocument> referralsBefore = mongo.findAll(ReferralDocument.class);
        List<ChainEntryDocument> chainBefore = ownChain();

        replay.replay(ReferralProjection.NAME);
        replay.replay(ChainProjection.NAME);
        replay.awaitCaughtUp(ReferralProjection.NAME, Duration.ofSeconds(30));
        replay.awaitCaughtUp(ChainProjection.NAME, Duration.ofSeconds(30));

        assertThat(mongo.findAll(ReferralDocument.class)).containsExactlyInAnyOrderElementsOf(referralsBefore);
        assertThat(ownChain()).containsExactlyElementsOf(chainBefore);
        assertThat(referralsBefore).hasSizeGreaterThanOrEqualTo(3);
    }

    private List<ChainEntryDocument> ownChain() {
        return mongo.find(Query.query(Criteria.where("service").is(ChainProjection.SERVICE)).with(Sort.by("_id")),
                ChainEntryDocument.class);
    }

    long triage(String referralId) throws Exception {
        awaitReadable(referralId);
        long version = mongo.findById(referralId, ReferralDocument.class).version();
        String answer = mvc.perform(post("/api/referrals/" + referralId + "/triage").with(VAKE_SOCIAL_WORKER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\":" + version + ",\"urgency\":\"STANDARD\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(answer, "$.version")).longValue();
    }

    @Test
    void withoutAPersonalNumberTheSameNameDateOfBirthAndMunicipalityFindTheOpenCase() throws Exception {
        String lasha = "{\"firstName\":\"ლაშა\",\"lastName\":\"კაპანაძე\",\"dateOfBirth\":\"2016-07-01\",\"municipality\":\"TBILISI-VAKE\"}";
        String first = file(referral(lasha, "[\"NEGLECT\"]", "\"x\"", ""), VAKE_REPORTER);
        triage(first);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.findById(first, ReferralDocument.class).status() == ge.mimartva.referral.api.ReferralStatus.REGISTERED);

        String sameChild = file(referral(lasha.replace("ლაშა", " ლაშა  "), "[\"NEGLECT\"]", "\"y\"", ""), VAKE_REPORTER);
        String otherBirthday = file(referral(lasha.replace("2016-07-01", "2016-07-02"), "[\"NEGLECT\"]", "\"z\"", ""), VAKE_REPORTER);
        triage(sameChild);
        triage(otherBirthday);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.findById(first, ReferralDocument.class).linkedReferrals().contains(sameChild));
        ReferralDocument linked = mongo.findById(sameChild, ReferralDocument.class);
        assertThat(linked.status()).isEqualTo(ge.mimartva.referral.api.ReferralStatus.LINKED);
        assertThat(linked.caseReferralId()).isEqualTo(first);
        assertThat(mongo.findById(otherBirthday, ReferralDocument.class).status())
                .isEqualTo(ge.mimartva.referral.api.ReferralStatus.REGISTERED);
    }

    @Test
    void aSocialWorkerOfAnotherUnitCannotSeeOrActOnTheCase() throws Exception {
        String id = file(VALID, VAKE_REPORTER);
        awaitReadable(id);
        mvc.perform(post("/api/referrals/" + id + "/triage").with(actor("sw.batumi", "social-worker", "SCA-TU-BATUMI", "BATUMI"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expectedVersion\":1,\"urgency\":\"URGENT\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/referrals/" + id + "/triage").with(VAKE_SOCIAL_WORKER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"urgency\":\"URGENT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expectedVersion"));
    }

    /** L 14¹(2): the kindergarten that had known is recorded; a body with no supervisor is refused naming the field. */
    @Test
    void aFailureToReferNamesAnInstitutionWithASupervisingBodyAndShowsInTheCaseFile() throws Exception {
        String id = file(VALID, VAKE_REPORTER);
        awaitReadable(id);
        String hotline = "{\"expectedVersion\":1,\"body\":\"HOT-1505\",\"knownSince\":\"2026-01-10\",\"account\":\"x\"}";
        mvc.perform(post("/api/referrals/" + id + "/failure-to-refer").with(VAKE_SOCIAL_WORKER)
                        .contentType(MediaType.APPLICATION_JSON).content(hotline))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        long before = events();

        mvc.perform(post("/api/referrals/" + id + "/failure-to-refer").with(VAKE_SOCIAL_WORKER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(hotline.replace("HOT-1505", "PRE-TBILISI-VAKE-012")))
                .andExpect(status().isOk());
        assertThat(events()).isEqualTo(before + 1);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.findById(id, ReferralDocument.class).failedToRefer().contains("PRE-TBILISI-VAKE-012"));
        mvc.perform(get("/api/referrals/" + id).with(VAKE_SOCIAL_WORKER))
                .andExpect(jsonPath("$.caseFile.proceedings.failedToRefer[0]").value("PRE-TBILISI-VAKE-012"));
    }

    /**
     * L 16(1-2): the police alerted to a suspected crime (N2) may open the referral, and are told its version, which
     * their report names (L 16(4)); to neglect alone, they were not. The reporter is not told the version.
     */
    @Test
    void thePoliceOfTheDistrictReadAReferralOfASuspectedCrimeWithoutImmediateDanger() throws Exception {
        RequestPostProcessor police = TestTokens.token("police.vake", "police-officer", "MIA-D-TBILISI-VAKE-SABURTALO",
                "MIA-D", "TBILISI-VAKE", "TBILISI-SABURTALO");
        String sexualAbuse = file(referral(NINO, "[\"SEXUAL\"]", "\"x\"", ""), VAKE_REPORTER);
        String neglect = file(referral(NINO, "[\"NEGLECT\"]", "\"y\"", ""), VAKE_REPORTER);
        awaitReadable(sexualAbuse);
        awaitReadable(neglect);

        mvc.perform(get("/api/referrals/" + sexualAbuse).with(police)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").isNumber()).andExpect(jsonPath("$.caseFile").doesNotExist());
        mvc.perform(get("/api/referrals/" + neglect).with(police)).andExpect(status().isNotFound());
        mvc.perform(get("/api/referrals/" + sexualAbuse).with(VAKE_REPORTER)).andExpect(jsonPath("$.version").doesNotExist());
    }

    static final String ONLINE = ",\"onlineElement\":{\"platform\":\"Instagram\",\"kinds\":[\"SEXUAL_COERCION_OR_EXTORTION\","
            + "\"GROOMING\"],\"references\":[\"https://instagram.example/nino.threatener\",\"message 1734\"]}";

    /**
     * Lanzarote answers, Q13-14: abuse through technologies is the Cyber Crime Division's, which is told of it (N19)
     * and reads the referral, where the material is but never the material; without an online element it reads
     * nothing. The references are personal data: sealed in the event store like the child's name.
     */
    @Test
    void theCyberCrimeDivisionReadsAReferralWithAnOnlineElementWhoseReferencesAreSealed() throws Exception {
        RequestPostProcessor division = TestTokens.token("cybercrime.officer", "cyber-crime-investigator", "MIA-CCD", "MIA-CCD");
        String online = file(referral(NINO, "[\"SEXUAL\"]", "\"threatened with her photos\"", ONLINE), VAKE_REPORTER);
        String offline = file(referral(NINO, "[\"SEXUAL\"]", "\"z\"", ""), VAKE_REPORTER);
        awaitReadable(online);
        awaitReadable(offline);

        mvc.perform(get("/api/referrals/" + online).with(division)).andExpect(status().isOk())
                .andExpect(jsonPath("$.onlineElement.platform").value("Instagram"))
                .andExpect(jsonPath("$.onlineElement.kinds[1]").value("GROOMING"))
                .andExpect(jsonPath("$.onlineElement.references[0]").value("https://instagram.example/nino.threatener"))
                .andExpect(jsonPath("$.caseFile").doesNotExist());
        mvc.perform(get("/api/referrals/" + offline).with(division)).andExpect(status().isNotFound());
        mvc.perform(get("/api/referrals/" + online).with(VAKE_REPORTER))
                .andExpect(jsonPath("$.onlineElement.references[1]").value("message 1734"));
        String stored = new String(jdbc.queryForObject("select payload from domainevententry where aggregateidentifier = ? "
                + "and sequencenumber = 0", byte[].class, online), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(stored).contains("GROOMING").doesNotContain("nino.threatener", "message 1734");
    }

    /** The suspected crimes of the reference data are concerns a referral can report. */
    @Test
    void everySuspectedCrimeIsAConcernOfTheReferralForm() {
        SuspectedCrimes crimes = SuspectedCrimes.bundled();
        assertThat(java.util.Arrays.stream(ge.mimartva.referral.api.Concern.values())
                .filter(c -> crimes.provisionsFor(c.name()).isPresent()).map(Enum::name))
                .containsExactlyInAnyOrder("SEXUAL", "PHYSICAL", "COERCION", "EARLY_MARRIAGE_OR_PREGNANCY");
    }

    /** The pages of a list from {@code first} on, following each {@code Link: <…>; rel="next"}; the ids in order. */
    List<String> walk(String first, RequestPostProcessor who) throws Exception {
        java.util.regex.Pattern next = java.util.regex.Pattern.compile("<([^>]+)>; rel=\"next\"");
        List<String> ids = new java.util.ArrayList<>();
        String page = first;
        for (int pages = 0; page != null; pages++) {
            assertThat(pages).isLessThan(100);
            var answer = mvc.perform(get(page).with(who)).andExpect(status().isOk()).andReturn().getResponse();
            ids.addAll(com.jayway.jsonpath.JsonPath.read(answer.getContentAsString(), "$[*].referralId"));
            java.util.regex.Matcher link = answer.getHeader("Link") == null ? null : next.matcher(answer.getHeader("Link"));
            page = link != null && link.matches() ? link.group(1) : null;
        }
        return ids;
    }

    @Test
    void aReportersReferralsArePagedNewestFirstToTheLastAndNarrowedByMunicipalityAndNumber() throws Exception {
        String school = "SCH-TBILISI-VAKE-PAGING";
        RequestPostProcessor reporter = actor("school.paging", "school-reporter", school, "TBILISI-VAKE");
        List<String> filed = new java.util.ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String child = i % 3 == 0 ? NINO.replace("TBILISI-VAKE", "BATUMI") : NINO;
            filed.add(file(referral(child, "[\"NEGLECT\"]", "\"ბავშვი მშიერია.\"", "").replace(VAKE_SCHOOL, school),
                    reporter));
        }
        filed.forEach(this::awaitReadable);
        List<String> newestFirst = new java.util.ArrayList<>(filed);
        java.util.Collections.reverse(newestFirst);

        assertThat(walk("/api/referrals?limit=5", reporter)).containsExactlyElementsOf(newestFirst);
        assertThat(walk("/api/referrals?limit=23", reporter)).containsExactlyElementsOf(newestFirst);
        assertThat(walk("/api/referrals?limit=4&municipality=BATUMI", reporter))
                .containsExactlyElementsOf(newestFirst.stream().filter(id -> filed.indexOf(id) % 3 == 0).toList());
        assertThat(walk("/api/referrals?referral=" + filed.get(7).substring(0, 13).toUpperCase(), reporter))
                .containsExactly(filed.get(7));
        // the unit's supervisor: a referral not yet assigned has its assignment clock (T_ASSIGN) running, due later
        RequestPostProcessor supervisor = actor("supervisor.vake", "agency-supervisor", "SCA-TU-TBILISI-VAKE-SABURTALO",
                "TBILISI-VAKE");
        assertThat(walk("/api/referrals?limit=200&dueBefore=2999-01-01T00:00:00Z", supervisor))
                .containsAll(filed.stream().filter(id -> filed.indexOf(id) % 3 != 0).toList());
        assertThat(walk("/api/referrals?limit=200&overdue=true", supervisor)).doesNotContainAnyElementsOf(filed);
        for (String[] bad : new String[][]{{"cursor=bm90LWEtY3Vyc29y", "cursor"}, {"referral=.*", "referral"},
                {"municipality=vake", "municipality"}, {"from=2026-02-01&to=2026-01-01", "to"},
                {"overdue=true&dueBefore=2026-01-01T00:00:00Z", "dueBefore"}}) {
            mvc.perform(get("/api/referrals?" + bad[0]).with(reporter))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("\"" + bad[1] + "\"")));
        }
    }
}
