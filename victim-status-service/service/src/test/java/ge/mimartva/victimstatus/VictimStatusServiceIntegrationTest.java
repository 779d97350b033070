package ge.mimartva.victimstatus;

import ge.mimartva.messaging.IntegrationEventPublisher;
import ge.mimartva.messaging.IntegrationMessage;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.projection.ProjectionReplay;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.testsupport.NeedsTestStack;
import ge.mimartva.testsupport.TestTokens;
import ge.mimartva.victimstatus.query.ProtectionRecordDocument;
import ge.mimartva.victimstatus.query.ProtectionRecordProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** victim-status-service fed through the test stack's real RabbitMQ, with its event store in real PostgreSQL. */
@NeedsTestStack("victim-status")
@SpringBootTest
@AutoConfigureMockMvc
class VictimStatusServiceIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired IntegrationEventPublisher publisher;
    @Autowired ProjectionReplay replay;
    @Autowired ge.mimartva.reference.TerritoryDirectory territories;

    static RequestPostProcessor socialWorkerServing(String municipality) {
        return TestTokens.token("sw", "social-worker", "SCA-TU-" + municipality, "SW", municipality);
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

    static final RequestPostProcessor VAKE_POLICE = TestTokens.token("police.vake", "police-officer",
            "MIA-D-TBILISI-VAKE-SABURTALO", "MIA-D", "TBILISI-VAKE");

    static String restrainingOrder(String validUntil, String matters, String victimMunicipality) {
        return """
                {"place":"Tbilisi, Vake","circumstances":"threats at home, the child witnessed it",
                 "victim":{"firstName":"თამარ","lastName":"გელაშვილი","personalNumber":"01001012345","dateOfBirth":"1990-01-01","municipality":"%s"},
                 "abuser":{"firstName":"გიორგი","lastName":"გელაშვილი","unknownDetailsBecause":"he left before the police arrived"},
                 "matters":%s,"validUntil":"%s","victimIsMinor":false,"minorsConcerned":true,
                 "victimSigned":true,"abuserSigned":false,"abuserNotSignedBecause":"refused to sign"}
                """.formatted(victimMunicipality, matters, validUntil);
    }

    long orderEvents() {
        return jdbc.queryForObject(
                "select count(*) from domainevententry where payloadtype like '%RestrainingOrderIssued'", Long.class);
    }

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aPoliceOfficerIssuesARestrainingOrderAndBadOrdersAreRefusedRecordingNothing() throws Exception {
        String validUntil = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tbilisi")).plusDays(20).toString();
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/protective-measures/restraining-orders").with(VAKE_POLICE)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(restrainingOrder(validUntil, "[\"NO_APPROACH\",\"WEAPONS_RESTRICTED\"]", "TBILISI-VAKE")))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(location.substring(location.lastIndexOf('/') + 1),
                ge.mimartva.victimstatus.query.OrderDocument.class) != null);
        mvc.perform(get(location).with(VAKE_POLICE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.municipality").value("TBILISI-VAKE"))
                .andExpect(jsonPath("$.victim").doesNotExist());
        String stored = new String(jdbc.queryForObject("select payload from domainevententry where aggregateidentifier = ?",
                byte[].class, location.substring(location.lastIndexOf('/') + 1)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain("თამარ", "გელაშვილი", "01001012345", "Tbilisi, Vake", "threats at home",
                "refused to sign").contains("sealedPersonalData", pseudonyms.of("01001012345"), "TBILISI-VAKE");
        long before = orderEvents();

        String tooLong = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tbilisi")).plusMonths(1).plusDays(2).toString();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/protective-measures/restraining-orders").with(VAKE_POLICE)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(restrainingOrder(tooLong, "[\"NO_APPROACH\"]", "TBILISI-VAKE")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("A restraining order is valid for one month at most."));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/protective-measures/restraining-orders").with(VAKE_POLICE)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(restrainingOrder(validUntil, "[\"NO_SUCH_MATTER\"]", "TBILISI-VAKE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", org.hamcrest.Matchers.startsWith("matters")));
        String response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/protective-measures/restraining-orders").with(VAKE_POLICE)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(restrainingOrder(validUntil, "[\"NO_APPROACH\"]", "ATLANTIS")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("victim.municipality"))
                .andReturn().getResponse().getContentAsString();
        assertThat(response).doesNotContain("გელაშვილი").doesNotContain("01001012345");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/protective-measures/restraining-orders").with(socialWorkerServing("TBILISI-VAKE"))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(restrainingOrder(validUntil, "[\"NO_APPROACH\"]", "TBILISI-VAKE")))
                .andExpect(status().isForbidden());
        assertThat(orderEvents()).isEqualTo(before);
    }

    @Autowired ge.mimartva.platform.pseudonym.SubjectPseudonyms pseudonyms;

    static final RequestPostProcessor CLINIC = TestTokens.token("clinic.vake", "medical-reporter", "MED-TBILISI-VAKE-003",
            "MED", "TBILISI-VAKE");
    static final RequestPostProcessor VIG = TestTokens.token("vig.member", "vig-member", "VIG", "VIG");

    String lookup(RequestPostProcessor who, String personalNumber, int expectedStatus) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/victim-status/protection-lookups").with(who)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"personalNumber\":\"" + personalNumber + "\",\"purpose\":\"SAFEGUARDING_CONCERN\"}"))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
    }

    long lookupEvents(String type) {
        return jdbc.queryForObject("select count(*) from domainevententry where payloadtype like ?", Long.class, "%" + type);
    }

    @Test
    void aLookupAnswersYesOrNoWithWhomToContactAndIsAuditedRefusalsToo() throws Exception {
        String personalNumber = String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        String subject = pseudonyms.of(personalNumber);
        IntegrationMessage filed = referralFiled(subject, "TBILISI-VAKE");
        String referralId = filed.context().correlationId();
        publisher.publishConfirmed(filed);
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(referralId,
                ge.mimartva.victimstatus.query.ChildCaseDocument.class) != null);

        String answer = lookup(CLINIC, personalNumber, 200);
        assertThat(com.jayway.jsonpath.JsonPath.<Boolean>read(answer, "$.protectionConcern")).isTrue();
        assertThat(answer).as("a clinic is told whom to call, not what matched").doesNotContain("openCase")
                .doesNotContain("activeOrder").doesNotContain("activeVictimStatus");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(answer, "$.scope")).isEqualTo("NATIONAL");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(answer, "$.contact.body")).isEqualTo("SCA-TU-TBILISI-VAKE-SABURTALO");
        assertThat(answer).doesNotContain(referralId).doesNotContain(personalNumber);
        assertThat(com.jayway.jsonpath.JsonPath.<Boolean>read(lookup(POLICE, personalNumber, 200), "$.openCase")).isTrue();

        String nobody = lookup(CLINIC, "01999999999", 200);
        assertThat(com.jayway.jsonpath.JsonPath.<Boolean>read(nobody, "$.protectionConcern")).isFalse();

        long refusedBefore = lookupEvents("ProtectionLookupRefused");
        lookup(VIG, personalNumber, 403);
        assertThat(lookupEvents("ProtectionLookupRefused")).isEqualTo(refusedBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where convert_from(payload, 'UTF8') like ?",
                Long.class, "%" + personalNumber + "%")).as("the personal number is never stored by a lookup").isZero();

        publisher.publishConfirmed(new IntegrationMessage(UUID.randomUUID().toString(), ReferralContract.SOURCE,
                ge.mimartva.referral.api.ReferralCaseEvents.CaseClosedV1.TYPE, 1, Instant.now(), filed.context(),
                new ge.mimartva.referral.api.ReferralCaseEvents.CaseClosedV1(referralId, "SCA-TU-TBILISI-VAKE-SABURTALO",
                        "SCH-1", List.of(), ge.mimartva.referral.api.ClosureReason.RISK_REMOVED,
                        new ge.mimartva.referral.api.ReporterFeedback(ge.mimartva.referral.api.ReporterFeedback.Outcome.ASSESSED_AND_ACTED,
                                Instant.now(), null), Instant.now())));
        await().atMost(Duration.ofSeconds(10)).until(() -> com.jayway.jsonpath.JsonPath.<Boolean>read(
                lookup(CLINIC, personalNumber, 200), "$.protectionConcern") == Boolean.FALSE);
    }

    static final RequestPostProcessor POLICE = TestTokens.token("police.vake", "police-officer",
            "MIA-D-TBILISI-VAKE-SABURTALO", "MIA-D", "TBILISI-VAKE", "TBILISI-SABURTALO");

    /** A school learns only of the records of its own territory: a Batumi school nothing of a Tbilisi child. */
    @Test
    void aSchoolIsAnsweredOnlyFromTheRecordsOfItsOwnTerritory() throws Exception {
        String personalNumber = String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        IntegrationMessage filed = referralFiled(pseudonyms.of(personalNumber), "TBILISI-VAKE");
        publisher.publishConfirmed(filed);
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(filed.context().correlationId(),
                ge.mimartva.victimstatus.query.ChildCaseDocument.class) != null);

        String batumi = lookup(TestTokens.token("school.batumi", "school-reporter", "SCH-BATUMI-007", "SCH", "BATUMI"),
                personalNumber, 200);
        assertThat(com.jayway.jsonpath.JsonPath.<Boolean>read(batumi, "$.protectionConcern")).isFalse();
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(batumi, "$.scope")).isEqualTo("YOUR_TERRITORY");
        String vake = lookup(TestTokens.token("school.vake", "school-reporter", "SCH-TBILISI-VAKE-051", "SCH", "TBILISI-VAKE"),
                personalNumber, 200);
        assertThat(com.jayway.jsonpath.JsonPath.<Boolean>read(vake, "$.protectionConcern")).isTrue();
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(vake, "$.contact.body")).isEqualTo("SCA-TU-TBILISI-VAKE-SABURTALO");
    }

    /** Beyond the daily quota a lookup is refused (429, Retry-After) and the first one beyond it alerts the auditors. */
    @Test
    void lookupsBeyondTheDailyQuotaAreRefusedAndTheAuditorsAlertedOnce() throws Exception {
        RequestPostProcessor searcher = TestTokens.token("searcher-" + UUID.randomUUID(), "medical-reporter",
                "MED-TBILISI-VAKE-003", "MED", "TBILISI-VAKE");
        for (int i = 0; i < 20; i++) {
            lookup(searcher, "01999999999", 200);
        }
        long alerts = lookupEvents("ProtectionLookupQuotaExceeded");
        long refused = lookupEvents("ProtectionLookupRefused");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/victim-status/protection-lookups").with(searcher)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"personalNumber\":\"01999999999\",\"purpose\":\"ADMISSION\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("Retry-After"));
        lookup(searcher, "01999999999", 429);
        assertThat(lookupEvents("ProtectionLookupQuotaExceeded")).isEqualTo(alerts + 1);
        assertThat(lookupEvents("ProtectionLookupRefused")).isEqualTo(refused + 1);
    }

    @Test
    void aLookupWithoutAPurposeIsRefusedNamingTheField() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/victim-status/protection-lookups").with(CLINIC)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"personalNumber\":\"01999999999\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
                        .value("purpose"));
    }

    static final RequestPostProcessor VAKE_COURT = TestTokens.token("court.tbilisi", "court-clerk", "CRT-TBILISI-CITY", "CRT");

    /**
     * L 16¹(1): a protective order applied for on the victim's referral (its safety decision) is pending order
     * proceedings until a court answers it: the group may not grant status then. (The old rule counted only an appeal
     * against an order in force.)
     */
    @Test
    void theGroupIsRefusedWhileAProtectiveOrderApplicationOfTheVictimsReferralIsUnanswered() throws Exception {
        IntegrationMessage filed = referralFiled(UUID.randomUUID().toString(), "TBILISI-VAKE");
        String referralId = filed.context().correlationId();
        publisher.publishConfirmed(filed);
        publisher.publishConfirmed(new IntegrationMessage(UUID.randomUUID().toString(), ReferralContract.SOURCE,
                ge.mimartva.referral.api.ReferralCaseEvents.SafetyDecisionMadeV1.TYPE, 1, Instant.now(), filed.context(),
                new ge.mimartva.referral.api.ReferralCaseEvents.SafetyDecisionMadeV1(referralId,
                        java.util.Set.of(ge.mimartva.referral.api.SafetyMeasure.COURT_PROTECTIVE_ORDER_APPLICATION), Instant.now())));
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            var childCase = mongo.findById(referralId, ge.mimartva.victimstatus.query.ChildCaseDocument.class);
            return childCase != null && childCase.appliedForProtectiveOrder();
        });
        String statusId = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/victim-status/requests")
                        .with(socialWorkerServing("TBILISI-VAKE")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"referralId":"%s","onBehalfOfChild":true,"ground":"WITNESSED_VIOLENCE",
                                 "applicant":{"firstName":"ნინო","lastName":"ბერიძე","municipality":"TBILISI-VAKE"}}
                                """.formatted(referralId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.statusId");
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(statusId,
                ge.mimartva.victimstatus.query.VictimStatusDocument.class) != null);
        String groupGrant = "{\"decisionDocument\":\"VIG-2026/9\",\"prosecutionPending\":false}";

        mvc.perform(post("/api/victim-status/" + statusId + "/grant").with(VIG).contentType(MediaType.APPLICATION_JSON)
                        .content(groupGrant))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("L 16¹(1)")));

        String validUntil = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tbilisi")).plusMonths(6).toString();
        mvc.perform(post("/api/protective-measures/protective-orders").with(VAKE_COURT).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"referralId":"%s","victim":{"firstName":"ნინო","lastName":"ბერიძე","municipality":"TBILISI-VAKE"},
                                 "abuser":{"firstName":"გიორგი","lastName":"ბერიძე"},"validUntil":"%s",
                                 "behaviourCorrectionCourse":true,"minorsConcerned":true}
                                """.formatted(referralId, validUntil)))
                .andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("referralId").is(referralId)),
                ge.mimartva.victimstatus.query.OrderDocument.class));
        mvc.perform(post("/api/victim-status/" + statusId + "/grant").with(VIG).contentType(MediaType.APPLICATION_JSON)
                        .content(groupGrant))
                .andExpect(status().isAccepted());
    }

    /**
     * The group's list of applications: the longest waiting first, a page at a time to the last; once granted, a status
     * leaves the applications and is listed with the granted ones, active; no applicant's name in either list.
     */
    @Test
    void theGroupReadsApplicationsOldestFirstPageByPageAndGrantedOnesApart() throws Exception {
        List<String> applied = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String statusId = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/victim-status/requests")
                            .with(socialWorkerServing("TSAGERI")).contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"onBehalfOfChild":true,"ground":"SUFFERED_VIOLENCE",
                                     "applicant":{"firstName":"ნინო","lastName":"კაპანაძე","municipality":"TSAGERI"}}
                                    """))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.statusId");
            applied.add(statusId);
            await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(statusId,
                    ge.mimartva.victimstatus.query.VictimStatusDocument.class) != null);
        }

        assertThat(listed("/api/victim-status?municipality=TSAGERI&limit=2")).containsSubsequence(applied);

        mvc.perform(post("/api/victim-status/" + applied.get(0) + "/grant").with(VIG).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decisionDocument\":\"VIG-2026/12\",\"prosecutionPending\":false}"))
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(10)).until(() -> "GRANTED".equals(mongo.findById(applied.get(0),
                ge.mimartva.victimstatus.query.VictimStatusDocument.class).state()));
        assertThat(listed("/api/victim-status?municipality=TSAGERI&limit=2")).doesNotContain(applied.get(0))
                .containsSubsequence(applied.subList(1, 3));
        assertThat(listed("/api/victim-status?state=GRANTED&municipality=TSAGERI&limit=2")).contains(applied.get(0));
        mvc.perform(get("/api/victim-status?state=GRANTED&municipality=TSAGERI&limit=200").with(VIG))
                .andExpect(jsonPath("$[?(@.status.statusId == '%s')].active".formatted(applied.get(0))).value(true));

        mvc.perform(get("/api/victim-status?state=PENDING").with(VIG))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("state"));
        mvc.perform(get("/api/victim-status?cursor=bm90LWEtY3Vyc29y").with(VIG))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cursor"));
    }

    /**
     * L 17¹(3)–(5): the district of the victim's residence reads the notices still awaiting the victim's interview, the
     * oldest first; once it records the interview, the notice leaves that list. The institution reads what it sent,
     * newest first; another institution does not see it.
     */
    @Test
    void theDistrictReadsTheNoticesAwaitingTheVictimsInterviewOldestFirst() throws Exception {
        String district = territories.find("ONI").orElseThrow().miaDistrict().id();
        RequestPostProcessor institution = TestTokens.token("pen.officer", "penitentiary-officer", "PEN-INSTITUTION-05", "PEN");
        RequestPostProcessor police = TestTokens.token("police.oni", "police-officer", district, "MIA-D");
        List<String> sent = new java.util.ArrayList<>();
        for (int hoursAgo = 3; hoursAgo >= 1; hoursAgo--) {
            sent.add(com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/penitentiary-notices").with(institution)
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"movement":"RELEASE","effectiveAt":"%s","perpetrator":{"firstName":"ზაზა","lastName":"ოთარაშვილი"},
                                     "victimMunicipality":"ONI"}
                                    """.formatted(Instant.now().minus(Duration.ofHours(hoursAgo)))))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.noticeId"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sent.stream().allMatch(id -> mongo.findById(id,
                ge.mimartva.victimstatus.query.PenitentiaryNoticeDocument.class) != null));
        // sent twice with the same key (no answer the first time, a double click): one notice
        String notice = """
                {"movement":"ESCAPE","effectiveAt":"%s","perpetrator":{"firstName":"ზაზა","lastName":"ოთარაშვილი"},
                 "victimMunicipality":"ONI"}""".formatted(Instant.now());
        String key = UUID.randomUUID().toString();
        String once = mvc.perform(post("/api/penitentiary-notices").with(institution).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(notice)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String onceId = com.jayway.jsonpath.JsonPath.read(once, "$.noticeId");
        Integer eventsOnce = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Integer.class, onceId);
        String twice = mvc.perform(post("/api/penitentiary-notices").with(institution).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(notice)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat(twice).isEqualTo(once);
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Integer.class, onceId)).isEqualTo(eventsOnce).isPositive();

        assertThat(noticesListed("/api/penitentiary-notices?awaitingInterview=true&limit=2", police)).containsSubsequence(sent);
        mvc.perform(post("/api/penitentiary-notices/" + sent.get(0) + "/victim-interview").with(police)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"protocolReference\":\"ONI-2026/3\",\"riskOfRecurrence\":true,\"at\":\"%s\"}"
                                .formatted(Instant.now())))
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(sent.get(0),
                ge.mimartva.victimstatus.query.PenitentiaryNoticeDocument.class).victimInterviewedAt() != null);
        assertThat(noticesListed("/api/penitentiary-notices?awaitingInterview=true&limit=2", police))
                .doesNotContain(sent.get(0)).containsSubsequence(sent.subList(1, 3));
        assertThat(noticesListed("/api/penitentiary-notices?limit=2", institution))
                .containsSubsequence(sent.get(2), sent.get(1), sent.get(0));
        assertThat(noticesListed("/api/penitentiary-notices?limit=200",
                TestTokens.token("pen.other", "penitentiary-officer", "PEN-INSTITUTION-06", "PEN"))).doesNotContainAnyElementsOf(sent);
    }

    private List<String> noticesListed(String first, RequestPostProcessor reader) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (String page = first; page != null; ) {
            var response = mvc.perform(get(page).with(reader)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(response.getContentAsString()).doesNotContain("ოთარაშვილი");
            ids.addAll(com.jayway.jsonpath.JsonPath.<List<String>>read(response.getContentAsString(), "$[*].noticeId"));
            String link = response.getHeader("Link");
            page = link == null ? null : link.substring(1, link.indexOf('>'));
        }
        return ids;
    }

    /**
     * L 10¹(4): the court a surveillance protocol was submitted to lists it among those awaiting its decision (another
     * court does not); once it approves, the protocol leaves the list.
     */
    @Test
    void aCourtListsTheSurveillanceProtocolsSubmittedToItUntilItDecides() throws Exception {
        String validUntil = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tbilisi")).plusDays(20).toString();
        String location = mvc.perform(post("/api/protective-measures/restraining-orders").with(VAKE_POLICE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(restrainingOrder(validUntil, "[\"NO_APPROACH\"]", "TBILISI-VAKE")))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String orderId = location.substring(location.lastIndexOf('/') + 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(orderId,
                ge.mimartva.victimstatus.query.OrderDocument.class) != null);
        mvc.perform(post(location + "/surveillance").with(VAKE_POLICE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"at\":\"%s\",\"consent\":\"the victim, in writing\"}".formatted(Instant.now())))
                .andExpect(status().isAccepted());
        mvc.perform(post(location + "/surveillance-submission").with(VAKE_POLICE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"at\":\"%s\",\"court\":\"CRT-TBILISI-CITY\"}".formatted(Instant.now())))
                .andExpect(status().isAccepted());
        // the district's list, narrowed to the orders in force where the victim lives; a bad filter is named
        mvc.perform(get("/api/protective-measures/restraining-orders?inForce=true&municipality=TBILISI-VAKE&limit=200")
                .with(VAKE_POLICE)).andExpect(jsonPath("$[?(@.orderId == '%s')]".formatted(orderId)).isNotEmpty());
        mvc.perform(get("/api/protective-measures/restraining-orders?municipality=BATUMI&limit=200").with(VAKE_POLICE))
                .andExpect(jsonPath("$[?(@.orderId == '%s')]".formatted(orderId)).isEmpty());
        mvc.perform(get("/api/protective-measures/restraining-orders?municipality=vake!").with(VAKE_POLICE))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("municipality"));
        String protocols = "/api/protective-measures/restraining-orders/surveillance-protocols?limit=200";
        await().atMost(Duration.ofSeconds(10)).until(() -> mvc.perform(get(protocols).with(VAKE_COURT)).andReturn()
                .getResponse().getContentAsString().contains(orderId));
        assertThat(mvc.perform(get(protocols).with(TestTokens.token("court.batumi", "court-clerk", "CRT-BATUMI", "CRT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain(orderId);
        mvc.perform(get(protocols).with(VAKE_POLICE)).andExpect(status().isForbidden());

        mvc.perform(post(location + "/surveillance-approval").with(VAKE_COURT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"at\":\"%s\"}".formatted(Instant.now())))
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(10)).until(() -> !mvc.perform(get(protocols).with(VAKE_COURT)).andReturn()
                .getResponse().getContentAsString().contains(orderId));
    }

    /** Every id the list at {@code first} holds, following its next-page links to the last (the group's view). */
    private List<String> listed(String first) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        String page = first;
        while (page != null) {
            var response = mvc.perform(get(page).with(VIG)).andExpect(status().isOk()).andReturn().getResponse();
            String body = response.getContentAsString();
            assertThat(body).doesNotContain("კაპანაძე");
            List<String> onPage = com.jayway.jsonpath.JsonPath.read(body, "$[*].status.statusId");
            assertThat(onPage).hasSizeLessThanOrEqualTo(2);
            ids.addAll(onPage);
            String link = response.getHeader("Link");
            page = link == null ? null : link.substring(1, link.indexOf('>'));
        }
        return ids;
    }

    /** L 11(1): the police take a victim's request; the addressed district answers it; others may not. */
    @Test
    void aVictimsRequestReachesThePoliceDistrictWhichAnswersIt() throws Exception {
        String answer = mvc.perform(post("/api/protective-measures/order-requests").with(VAKE_POLICE)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"measure":"RESTRAINING_ORDER","requester":"VICTIM","victimConsented":true,
                                 "victimIsMinor":false,"victimMunicipality":"TBILISI-VAKE"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String requestId = com.jayway.jsonpath.JsonPath.read(answer, "$.requestId");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(answer, "$.addressedTo")).isEqualTo("MIA-D-TBILISI-VAKE-SABURTALO");
        mvc.perform(post("/api/protective-measures/order-requests").with(VAKE_POLICE)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"measure":"RESTRAINING_ORDER","requester":"SOCIAL_WORKER","victimConsented":true,
                                 "victimIsMinor":false,"victimMunicipality":"TBILISI-VAKE"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("requester"));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(requestId,
                ge.mimartva.victimstatus.query.OrderRequestDocument.class) != null);

        mvc.perform(post("/api/protective-measures/order-requests/" + requestId + "/answer").with(VAKE_POLICE)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"issued\":false}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reasons"));
        mvc.perform(post("/api/protective-measures/order-requests/" + requestId + "/answer").with(VAKE_COURT)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"issued\":false,\"reasons\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/protective-measures/order-requests/" + requestId + "/answer").with(VAKE_POLICE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"issued\":false,\"reasons\":\"the risk assessment found no risk of recurrence\"}"))
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(10)).until(() -> "REFUSED".equals(mongo.findById(requestId,
                ge.mimartva.victimstatus.query.OrderRequestDocument.class).state()));
    }
}
