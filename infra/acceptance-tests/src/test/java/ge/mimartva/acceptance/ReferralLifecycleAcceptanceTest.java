package ge.mimartva.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static ge.mimartva.acceptance.Platform.rulesInInbox;
import static ge.mimartva.acceptance.Platform.VAKE_SCHOOL;
import static ge.mimartva.acceptance.Platform.gateway;
import static ge.mimartva.acceptance.Platform.get;
import static ge.mimartva.acceptance.Platform.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A referral's whole lifecycle through the gateway, with real tokens of the demo users: the Vake school files; the
 * Vake unit's social worker triages, the supervisor assigns, the worker makes first contact, assesses, decides a
 * separation, holds the case conference and asks for closure; the supervisor approves. The school then sees the
 * short outcome and nothing more; the chain shows every step with who took it.
 */
@Order(2)
class ReferralLifecycleAcceptanceTest {

    private static final String WORKER = "sw.vake";
    private static final String SUPERVISOR = "supervisor.vake";

    private static String personalNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
    }

    private static String file(String personalNumber) {
        String body = """
                {"reportingBody":"%s","child":{"firstName":"ნინო","lastName":"ბერიძე","personalNumber":"%s",
                 "dateOfBirth":"2015-03-14","municipality":"TBILISI-VAKE"},"concerns":["PHYSICAL"],
                 "description":"ბავშვი ამბობს, რომ სახლში ეშინია.","immediateDanger":false,
                 "otherChildrenAtRisk":true,"allegedAbuser":{"relationToChild":"STEP_PARENT","accessToWeapons":false}}
                """.formatted(VAKE_SCHOOL, personalNumber);
        Platform.Answer answer = post(gateway() + "/api/referrals", "school.vake", body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("referralId").asText();
    }

    /** The version the social worker sees, once the referral is readable. */
    private static long versionSeenBy(String username, String referralId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> get(url(referralId), username).status() == 200);
        return get(url(referralId), username).json().get("version").asLong();
    }

    private static String url(String referralId) {
        return gateway() + "/api/referrals/" + referralId;
    }

    /** Milliseconds each lifecycle action took through the gateway, for the figures printed at the end. */
    private static final List<Long> ACTION_MILLIS = java.util.Collections.synchronizedList(new ArrayList<>());

    /** Takes a lifecycle action; returns the referral's new version. */
    private static long act(String username, String referralId, String action, String body) {
        long started = System.nanoTime();
        Platform.Answer answer = post(url(referralId) + "/" + action, username, body);
        ACTION_MILLIS.add((System.nanoTime() - started) / 1_000_000);
        assertThat(answer.status()).as(action + ": " + answer.body()).isEqualTo(200);
        return answer.json().get("version").asLong();
    }

    /**
     * L 17(3) and L 11(1): the child is not interviewed in the presence of the alleged abusive parent, and a safety
     * decision naming a police restraining order is a request that reaches the police district (row N11Q).
     */
    @Test
    void theChildIsInterviewedWithoutTheAbusiveParentAndARestrainingOrderIsRequestedFromThePolice() {
        String referralId = file(personalNumber());
        long v = versionSeenBy(WORKER, referralId);
        v = act(WORKER, referralId, "triage", "{\"expectedVersion\":%d,\"urgency\":\"URGENT\"}".formatted(v));
        v = act(SUPERVISOR, referralId, "assign", "{\"expectedVersion\":%d,\"socialWorker\":\"sw.vake\"}".formatted(v));

        Platform.Answer withTheParent = post(url(referralId) + "/interviews", WORKER, """
                {"expectedVersion":%d,"interviewedAt":"%s","attendees":["POLICE_OFFICER","ALLEGED_ABUSIVE_PARENT"]}"""
                .formatted(v, Instant.now()));
        assertThat(withTheParent.status()).as(withTheParent.body()).isEqualTo(409);
        assertThat(withTheParent.body()).contains("L 17(3)");
        v = act(WORKER, referralId, "interviews", """
                {"expectedVersion":%d,"interviewedAt":"%s","attendees":["SOCIAL_WORKER","PSYCHOLOGIST","NON_ABUSIVE_PARENT"]}"""
                .formatted(v, Instant.now()));
        v = act(WORKER, referralId, "representative", """
                {"expectedVersion":%d,"representative":"ASSIGNED_BY_GUARDIANSHIP_BODY","allegedAbuser":false,"conflictOfInterest":false}"""
                .formatted(v));

        v = act(WORKER, referralId, "first-contact", "{\"expectedVersion\":%d,\"contactedAt\":\"%s\"}".formatted(v, Instant.now()));
        v = act(WORKER, referralId, "assess", "{\"expectedVersion\":%d,\"outcome\":\"RISK_CONFIRMED\"}".formatted(v));
        act(WORKER, referralId, "decide", "{\"expectedVersion\":%d,\"measures\":[\"POLICE_RESTRAINING_ORDER\"]}".formatted(v));

        await().atMost(Duration.ofSeconds(10)).until(() -> rulesInInbox("police.vake", referralId).contains("N11Q"));
        JsonNode proceedings = get(url(referralId), WORKER).json().get("caseFile").get("proceedings");
        assertThat(proceedings.get("childRepresentative").asText()).isEqualTo("ASSIGNED_BY_GUARDIANSHIP_BODY");
        assertThat(proceedings.get("restrainingOrderRequestedFrom").asText()).isEqualTo("MIA-D-TBILISI-VAKE-SABURTALO");
        assertThat(proceedings.hasNonNull("lastChildInterviewAt")).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> steps(referralId).containsAll(List.of(
                "ChildInterviewRecorded by sw.vake", "ChildRepresentativeAssigned by sw.vake",
                "RestrainingOrderRequested by sw.vake")));
    }

    @Test
    void fromFilingToApprovedClosureTheReporterSeesOnlyTheOutcome() {
        String referralId = file(personalNumber());
        long v = versionSeenBy(WORKER, referralId);

        v = act(WORKER, referralId, "triage", "{\"expectedVersion\":%d,\"urgency\":\"URGENT\"}".formatted(v));
        v = act(SUPERVISOR, referralId, "assign", "{\"expectedVersion\":%d,\"socialWorker\":\"sw.vake\"}".formatted(v));
        v = act(WORKER, referralId, "first-contact", "{\"expectedVersion\":%d,\"contactedAt\":\"%s\"}".formatted(v, Instant.now()));
        v = act(WORKER, referralId, "assess", "{\"expectedVersion\":%d,\"outcome\":\"RISK_CONFIRMED\"}".formatted(v));
        v = act(WORKER, referralId, "decide", """
                {"expectedVersion":%d,"measures":["SEPARATION"],
                 "lessStringentMeasuresFailBecause":"უსაფრთხოების გეგმა ორჯერ დაირღვა",
                 "childOpinion":"მოსმენილია: სურს ბებიასთან დარჩენა","placementProvider":"PP-SFH-TBILISI-01"}""".formatted(v));
        v = act(WORKER, referralId, "conference", """
                {"expectedVersion":%d,"heldAt":"%s","participants":["SCA-TU-TBILISI-VAKE-SABURTALO","%s","GCB-TBILISI-VAKE"],
                 "tasks":[{"ownerBody":"%s","task":"daily check-in with the school psychologist","due":"%s"}]}"""
                .formatted(v, Instant.now(), VAKE_SCHOOL, VAKE_SCHOOL, LocalDate.now().plusDays(14)));
        v = act(WORKER, referralId, "close", "{\"expectedVersion\":%d,\"reason\":\"RISK_REMOVED\"}".formatted(v));
        act(SUPERVISOR, referralId, "close/approve", "{\"expectedVersion\":%d}".formatted(v));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                get(url(referralId), "school.vake").json().get("progress").asText().equals("CLOSED"));
        JsonNode reporterView = get(url(referralId), "school.vake").json();
        assertThat(reporterView.get("outcome").get("outcome").asText()).isEqualTo("ASSESSED_AND_ACTED");
        assertThat(reporterView.has("status")).isFalse();
        assertThat(reporterView.has("caseFile")).isFalse();
        assertThat(reporterView.has("version")).isFalse();
        assertThat(get(url(referralId) + "/chain", "school.vake").status()).isEqualTo(404);

        JsonNode caseFile = get(url(referralId), WORKER).json();
        assertThat(caseFile.get("status").asText()).isEqualTo("CLOSED");
        assertThat(caseFile.get("caseFile").get("safetyMeasures").toString()).contains("SEPARATION");
        assertThat(caseFile.get("caseFile").get("policeEnforcementBy").asText()).isEqualTo("MIA-D-TBILISI-VAKE-SABURTALO");
        assertThat(caseFile.get("caseFile").get("clocks").get("T_ASSIGN").get("state").asText()).isEqualTo("MET");

        // The matrix rows of the lifecycle: N8 to the enforcing police, the guardianship body and the small family-type
        // home the child is placed in, N12 to the bodies of the plan, N13 to the reporter.
        await().atMost(Duration.ofSeconds(10)).until(() -> rulesInInbox("police.vake", referralId).contains("N8")
                && rulesInInbox("guardianship.vake", referralId).contains("N8")
                && rulesInInbox("placement.tbilisi", referralId).contains("N8")
                && rulesInInbox("school.vake", referralId).containsAll(List.of("N12", "N13")));

        await().atMost(Duration.ofSeconds(10)).until(() -> steps(referralId).contains("CaseClosed by supervisor.vake"));
        assertThat(steps(referralId)).containsSubsequence(
                "ReferralFiled by school.vake", "ReferralRegistered by sw.vake", "CaseAssigned by supervisor.vake",
                "FirstContactMade by sw.vake", "AssessmentCompleted by sw.vake", "SafetyDecisionMade by sw.vake",
                "PoliceEnforcementRequested by sw.vake", "CaseConferenceHeld by sw.vake", "ClosureRequested by sw.vake",
                "CaseClosed by supervisor.vake");
    }

    @org.junit.jupiter.api.AfterAll
    static void printActionLatency() {
        List<Long> sorted = ACTION_MILLIS.stream().sorted().toList();
        if (!sorted.isEmpty()) {
            System.out.printf("BENCHMARK lifecycle actions through the gateway: n=%d min=%d median=%d max=%d ms%n",
                    sorted.size(), sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
        }
    }


    /** The chain as "<type> by <username>", in order. */
    private static List<String> steps(String referralId) {
        List<String> steps = new ArrayList<>();
        get(url(referralId) + "/chain", WORKER).json()
                .forEach(e -> steps.add(e.get("type").asText() + " by " + e.get("actor").get("username").asText()));
        return steps;
    }

    @Test
    void anActionOnAVersionTheUserDidNotSeeIsRefusedWith409() {
        String referralId = file(personalNumber());
        long seen = versionSeenBy(WORKER, referralId);
        act(WORKER, referralId, "triage", "{\"expectedVersion\":%d,\"urgency\":\"STANDARD\"}".formatted(seen));

        Platform.Answer stale = post(url(referralId) + "/assign", SUPERVISOR,
                "{\"expectedVersion\":%d,\"socialWorker\":\"sw.vake\"}".formatted(seen));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("type").asText()).endsWith("stale-version");
    }

    @Test
    void aSecondReferralOfTheSameChildJoinsTheOpenCase() {
        String child = personalNumber();
        String first = file(child);
        act(WORKER, first, "triage", "{\"expectedVersion\":%d,\"urgency\":\"STANDARD\"}".formatted(versionSeenBy(WORKER, first)));
        await().atMost(Duration.ofSeconds(10)).until(() -> get(url(first), WORKER).json().get("status").asText().equals("REGISTERED"));

        String second = file(child);
        act(WORKER, second, "triage", "{\"expectedVersion\":%d,\"urgency\":\"STANDARD\"}".formatted(versionSeenBy(WORKER, second)));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                get(url(first), WORKER).json().get("caseFile").get("linkedReferrals").toString().contains(second));
        JsonNode linked = get(url(second), WORKER).json();
        assertThat(linked.get("status").asText()).isEqualTo("LINKED");
        assertThat(linked.get("caseFile").get("caseReferralId").asText()).isEqualTo(first);
    }

    @Test
    void noCapacityIsNotAClosureReasonAndAnotherUnitCannotAct() {
        String referralId = file(personalNumber());
        long v = versionSeenBy(WORKER, referralId);

        Platform.Answer noCapacity = post(url(referralId) + "/close", WORKER,
                "{\"expectedVersion\":%d,\"reason\":\"NO_CAPACITY\"}".formatted(v));
        assertThat(noCapacity.status()).isEqualTo(400);
        assertThat(noCapacity.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");

        assertThat(post(url(referralId) + "/triage", "sw.batumi",
                "{\"expectedVersion\":%d,\"urgency\":\"URGENT\"}".formatted(v)).status()).isEqualTo(404);
        assertThat(post(url(referralId) + "/triage", "school.vake",
                "{\"expectedVersion\":%d,\"urgency\":\"URGENT\"}".formatted(v)).status()).isEqualTo(403);
        assertThat(post(url(referralId) + "/redirect", WORKER,
                "{\"expectedVersion\":%d,\"redirectedTo\":\"X\",\"reason\":\"y\"}".formatted(v)).status()).isEqualTo(403);
        assertThat(get(url(referralId), WORKER).json().get("version").asLong()).isEqualTo(v);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} files for {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "school.vake, SCH-TBILISI-VAKE-051", "preschool.saburtalo, PRE-TBILISI-SABURTALO-012",
            "resource.officer.vake, MAN-TBILISI-VAKE", "clinic.vake, MED-TBILISI-VAKE-003", "hotline.1505, HOT-1505",
            "police.vake, MIA-D-TBILISI-VAKE-SABURTALO", "guardianship.vake, GCB-TBILISI-VAKE",
            "municipal.vake, MUN-TBILISI", "statebody.reporter, STATE-PDO"})
    void everyBodyObligedToReferFilesAndTheUnitSeesWhoReported(String reporter, String body) {
        String filing = """
                {"reportingBody":"%s","child":{"firstName":"Ana","lastName":"Gelashvili","approximateAge":9,
                 "municipality":"TBILISI-VAKE"},"concerns":["EARLY_MARRIAGE_OR_PREGNANCY"],"description":"reported",
                 "immediateDanger":false}""".formatted(body);
        Platform.Answer answer = post(gateway() + "/api/referrals", reporter, filing);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String referralId = answer.json().get("referralId").asText();

        versionSeenBy(WORKER, referralId);
        JsonNode seen = get(url(referralId), WORKER).json();
        assertThat(seen.get("reportingBody").asText()).isEqualTo(body);
        assertThat(seen.get("filedBy").asText()).isNotBlank();
        assertThat(get(url(referralId), reporter).json().get("progress").asText()).isEqualTo("RECEIVED");
    }
}
