package ge.mimartva.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static ge.mimartva.acceptance.Platform.VAKE_SCHOOL;
import static ge.mimartva.acceptance.Platform.gateway;
import static ge.mimartva.acceptance.Platform.get;
import static ge.mimartva.acceptance.Platform.post;
import static ge.mimartva.acceptance.Platform.service;
import static ge.mimartva.acceptance.Platform.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A child named in a referral and, as the victim, in a restraining order: after an administrator erases the child's
 * key, the child's personal data reads as erased in both services, another child's does not, and each service's event
 * history still verifies, unchanged.
 */
@Order(9)
class CryptoShreddingAcceptanceTest {

    record Child(String personalNumber, String lastName) {
    }

    static Child newChild() {
        return new Child(String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L)),
                "გვარი" + UUID.randomUUID().toString().substring(0, 6));
    }

    static String fileReferral(Child child) {
        String body = """
                {"reportingBody":"%s","child":{"firstName":"სალომე","lastName":"%s","personalNumber":"%s",
                 "dateOfBirth":"2014-09-01","municipality":"TBILISI-VAKE"},"concerns":["PHYSICAL"],
                 "description":"ბავშვი ამბობს, რომ მამა ურტყამს.","immediateDanger":true}
                """.formatted(VAKE_SCHOOL, child.lastName(), child.personalNumber());
        Platform.Answer filed = post(gateway() + "/api/referrals", "school.vake", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("referralId").asText();
    }

    static String issueOrder(String referralId, Child victim) {
        String order = """
                {"referralId":"%s","place":"Tbilisi, Vake","circumstances":"მუქარა ბავშვის მიმართ",
                 "victim":{"firstName":"სალომე","lastName":"%s","personalNumber":"%s","dateOfBirth":"2014-09-01",
                           "municipality":"TBILISI-VAKE"},
                 "abuser":{"firstName":"ზურაბ","lastName":"%s","unknownDetailsBecause":"he was not at home"},
                 "matters":["NO_APPROACH"],"validUntil":"%s","investigatedArticles":[],"victimIsMinor":true,
                 "minorsConcerned":true,"victimSigned":true,"abuserSigned":true}
                """.formatted(referralId, victim.lastName(), victim.personalNumber(), victim.lastName(),
                LocalDate.now(ZoneId.of("Asia/Tbilisi")).plusDays(20));
        Platform.Answer issued = post(gateway() + "/api/protective-measures/restraining-orders", "police.vake", order);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("orderId").asText();
    }

    static String storedText(String database, String aggregateId) {
        byte[] payload = stored(database, byte[].class,
                "select payload from domainevententry where aggregateidentifier = ? and sequencenumber = 0", aggregateId);
        return new String(payload, StandardCharsets.UTF_8);
    }

    static JsonNode verification(String service, long upTo) {
        Platform.Answer answer = get(service(service) + "/api/admin/event-history/verification?upTo=" + upTo, "auditor");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void erasingAChildsKeyErasesTheChildInEveryServiceAndTheHistoryStillVerifies() {
        Child erased = newChild();
        Child kept = newChild();
        String erasedReferral = fileReferral(erased);
        String keptReferral = fileReferral(kept);
        String erasedOrder = issueOrder(erasedReferral, erased);
        issueOrder(keptReferral, kept);

        // stored sealed in both services: no name or personal number in clear
        assertThat(storedText("referral", erasedReferral)).doesNotContain(erased.lastName(), erased.personalNumber());
        assertThat(storedText("victim_status", erasedOrder)).doesNotContain(erased.lastName(), erased.personalNumber());

        await().atMost(Duration.ofSeconds(10)).until(() -> get(gateway() + "/api/referrals/" + erasedReferral, "auditor")
                .status() == 200);
        String subject = get(gateway() + "/api/referrals/" + erasedReferral, "auditor").json()
                .get("caseFile").get("childSubjectId").asText();
        long victimStatusHead = stored("victim_status", Long.class, "select max(globalindex) from domainevententry");
        String victimStatusDigest = verification("victim-status-service", victimStatusHead).get("digest").asText();

        long started = System.nanoTime();
        Platform.Answer erasure = erase("referral-service", subject);
        assertThat(erasure.status()).as(erasure.body()).isEqualTo(200);
        long answered = System.nanoTime();

        // the referral reads as erased; the other child's does not
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Platform.Answer answer = get(gateway() + "/api/referrals/" + erasedReferral, "school.vake");
            assertThat(answer.status()).isEqualTo(200);
            JsonNode referral = answer.json();
            assertThat(referral.get("child").has("lastName")).isFalse();
            assertThat(referral.get("child").has("personalNumber")).isFalse();
            assertThat(referral.has("description")).isFalse();
        });
        long readsErased = System.nanoTime();
        JsonNode other = get(gateway() + "/api/referrals/" + keptReferral, "school.vake").json();
        assertThat(other.get("child").get("lastName").asText()).isEqualTo(kept.lastName());
        assertThat(other.get("child").get("personalNumber").asText()).isEqualTo(kept.personalNumber());

        // victim-status-service followed: its key of the child is erased too, the other child's is not
        await().atMost(Duration.ofSeconds(30)).until(() -> stored("victim_status", Long.class,
                "select count(*) from data_subject_key where subject_id = ? and erased_at is not null", subject) > 0);
        assertThat(stored("victim_status", Long.class,
                "select count(*) from data_subject_key where subject_id = ? and erased_at is null", subject)).isZero();
        System.out.printf("BENCHMARK crypto-shredding: erasure answered in %d ms; the referral read as erased after %d ms; "
                        + "victim-status-service's key erased after %d ms (referral-service history up to event %d)%n",
                (answered - started) / 1_000_000, (readsErased - started) / 1_000_000,
                (System.nanoTime() - started) / 1_000_000, erasure.json().get("historyUpTo").asLong());
        assertThat(stored("referral", Long.class,
                "select count(*) from data_subject_key where key_material is not null and subject_id <> ?", subject)).isPositive();

        // nothing stored was rewritten, and every event still reads, in both services
        JsonNode referralHistory = verification("referral-service", erasure.json().get("historyUpTo").asLong());
        assertThat(referralHistory.get("digest").asText()).isEqualTo(erasure.json().get("historyDigest").asText());
        assertThat(referralHistory.get("unreadable").asLong()).isZero();
        JsonNode victimStatusHistory = verification("victim-status-service", victimStatusHead);
        assertThat(victimStatusHistory.get("digest").asText()).isEqualTo(victimStatusDigest);
        assertThat(victimStatusHistory.get("unreadable").asLong()).isZero();
        // the order itself is still there for the police
        assertThat(get(gateway() + "/api/protective-measures/restraining-orders/" + erasedOrder, "police.vake").status())
                .isEqualTo(200);
    }

    @Test
    void theReadsOfARecordAreVisibleToAuditorsAndToNobodyElse() {
        String referralId = Platform.fileReferral(false);
        await().atMost(Duration.ofSeconds(10)).until(() -> get(gateway() + "/api/referrals/" + referralId, "sw.vake")
                .status() == 200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Platform.Answer reads = get(gateway() + "/api/audit/referral-service/record-reads/" + referralId, "auditor");
            assertThat(reads.status()).isEqualTo(200);
            assertThat(reads.json().findValuesAsText("readerUsername")).contains("sw.vake");
            assertThat(reads.json().findValuesAsText("purpose")).contains("CASE_WORK");
        });
        assertThat(get(gateway() + "/api/audit/referral-service/record-reads/" + referralId, "supervisor.vake").status())
                .isEqualTo(404);
        // the chain shows the reads (each read of the chain is itself one, recorded in the chain's own order)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(ReferralChainAcceptanceTest.chainWithReads(referralId)).anySatisfy(e -> {
                    assertThat(e.get("type").asText()).isEqualTo("RecordRead");
                    assertThat(e.get("actor").get("username").asText()).isEqualTo("sw.vake");
                }));
    }

    /** An erasure requested on victim-status-service reaches referral-service too (and is not sent back again). */
    @Test
    void anErasureRequestedOnAnyServiceReachesTheOthers() {
        Child child = newChild();
        String referral = fileReferral(child);
        await().atMost(Duration.ofSeconds(10)).until(() -> get(gateway() + "/api/referrals/" + referral, "auditor")
                .status() == 200);
        String subject = get(gateway() + "/api/referrals/" + referral, "auditor").json()
                .get("caseFile").get("childSubjectId").asText();

        Platform.Answer erasure = erase("victim-status-service", subject);
        assertThat(erasure.status()).as(erasure.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> stored("referral", Long.class,
                "select count(*) from data_subject_key where subject_id = ? and erased_at is not null", subject) > 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            // a service still catching up after the erasure answers 503 with Retry-After: asked again, not a failure
            Platform.Answer read = get(gateway() + "/api/referrals/" + referral, "school.vake");
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.json().get("child").has("personalNumber")).isFalse();
        });
    }

    /** One administrator asks for the subject's erasure in the service, a second approves it (four eyes). */
    private static Platform.Answer erase(String serviceName, String subject) {
        Platform.Answer asked = post(service(serviceName) + "/api/admin/personal-data-erasures", "admin",
                "{\"subjectId\":\"" + subject + "\",\"reason\":\"COURT_ORDER\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        String requestId = asked.json().get("requestId").asText();
        assertThat(post(service(serviceName) + "/api/admin/personal-data-erasures/" + requestId + "/approval", "admin", null)
                .status()).isEqualTo(409);
        return post(service(serviceName) + "/api/admin/personal-data-erasures/" + requestId + "/approval", "admin.two", null);
    }
}
