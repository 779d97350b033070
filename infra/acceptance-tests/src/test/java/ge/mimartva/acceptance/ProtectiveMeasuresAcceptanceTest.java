package ge.mimartva.acceptance;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ge.mimartva.acceptance.Platform.rulesInInbox;
import static ge.mimartva.acceptance.Platform.gateway;
import static ge.mimartva.acceptance.Platform.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Restraining orders and penitentiary notices through the gateway, with real tokens, to their notification rows.
 * <p>
 * The two tests that spend most of their time waiting for the law's clocks (run fast on the test stack) to pass run
 * beside the class's other tests (each files its own referral and order); the class itself runs alone, like every other.
 */
@Order(3)
class ProtectiveMeasuresAcceptanceTest {

    @Test
    void aRestrainingOrderConcerningAMinorReachesEveryN3Body() {
        String referralId = Platform.fileReferral(true);
        String order = """
                {"referralId":"%s","place":"Tbilisi, Vake","circumstances":"ბავშვის თანდასწრებით მუქარა",
                 "victim":{"firstName":"თამარ","lastName":"ბერიძე","municipality":"TBILISI-VAKE",
                           "unknownDetailsBecause":"she had no document with her"},
                 "abuser":{"firstName":"გიორგი","lastName":"ბერიძე","personalNumber":"01001054321","dateOfBirth":"1985-05-05",
                           "placeOfBirth":"Tbilisi","profession":"driver","municipality":"TBILISI-VAKE"},
                 "matters":["NO_APPROACH","WEAPONS_RESTRICTED","ELECTRONIC_SURVEILLANCE","SEPARATION_FROM_MINOR"],
                 "validUntil":"%s","investigatedArticles":["126¹"],"victimIsMinor":false,"minorsConcerned":true,
                 "victimSigned":true,"abuserSigned":false,"abuserNotSignedBecause":"refused to sign",
                 "surveillanceConsent":"the victim consented in writing"}
                """.formatted(referralId, LocalDate.now(ZoneId.of("Asia/Tbilisi")).plusDays(30));
        Platform.Answer issued = post(gateway() + "/api/protective-measures/restraining-orders", "police.vake", order,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).until(() -> rulesInInbox("police.vake", referralId).containsAll(List.of("N3", "N4"))
                && rulesInInbox("mia.analyst", referralId).contains("N3")
                && rulesInInbox("mia.service-agency", referralId).contains("N3")
                && rulesInInbox("lepl112.duty", referralId).contains("N3")
                && rulesInInbox("guardianship.vake", referralId).contains("N3"));
        // The order joins the referral's chain, from victim-status-service, as its issuer's act.
        await().atMost(Duration.ofSeconds(10)).until(() -> ReferralChainAcceptanceTest.chain(referralId).stream()
                .anyMatch(e -> e.get("type").asText().equals("RestrainingOrderIssued")
                        && e.get("service").asText().equals("victim-status-service")
                        && e.get("actor").get("username").asText().equals("police.vake")));
        // a read of the order is audited where the order is kept, and joins the referral's chain too
        String orderId = issued.json().get("orderId").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> Platform.get(gateway()
                + "/api/protective-measures/restraining-orders/" + orderId, "police.batumi").status() == 200);
        await().atMost(Duration.ofSeconds(10)).until(() -> ReferralChainAcceptanceTest.chainWithReads(referralId).stream()
                .anyMatch(e -> e.get("type").asText().equals("RecordRead")
                        && e.get("service").asText().equals("victim-status-service")
                        && e.get("actor").get("username").asText().equals("police.batumi")));
        assertThat(Platform.get(gateway() + "/api/audit/victim-status-service/record-reads/" + orderId, "auditor").json()
                .findValuesAsText("readerUsername")).contains("police.batumi");
    }

    /** A restraining order the Vake police issue about a referral's child; {@code matters} as JSON. */
    private static String issueOrder(String referralId, String matters, boolean minorsConcerned) {
        String order = """
                {"referralId":"%s","place":"Tbilisi, Vake","circumstances":"მუქარა",
                 "victim":{"firstName":"თამარ","lastName":"ბერიძე","personalNumber":"01001012345","dateOfBirth":"1990-01-01",
                           "municipality":"TBILISI-VAKE"},
                 "abuser":{"firstName":"გიორგი","lastName":"ბერიძე","unknownDetailsBecause":"he left before the police arrived"},
                 "matters":%s,"validUntil":"%s","victimIsMinor":false,"minorsConcerned":%s,
                 "victimSigned":true,"abuserSigned":false,"abuserNotSignedBecause":"absent",
                 "surveillanceConsent":"the victim consented in writing"}
                """.formatted(referralId, matters, LocalDate.now(ZoneId.of("Asia/Tbilisi")).plusDays(20), minorsConcerned);
        Platform.Answer issued = post(gateway() + "/api/protective-measures/restraining-orders", "police.vake", order);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String orderId = issued.json().get("orderId").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> order(orderId).status() == 200);
        return orderId;
    }

    private static Platform.Answer order(String orderId) {
        return Platform.get(gateway() + "/api/protective-measures/restraining-orders/" + orderId, "police.vake");
    }

    private static Platform.Answer act(String orderId, String step, String username, String body) {
        return post(gateway() + "/api/protective-measures/restraining-orders/" + orderId + "/" + step, username, body);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * L 10(3⁸): the appeal window runs from service on the party. The acceptance stack runs a day in 5 s (the window:
     * 15 s): served two "days" after issue, the order is still appealed on "day" 4, when a window counted from issue
     * would have closed.
     */
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aRestrainingOrderServedTwoDaysAfterIssueCanStillBeAppealedOnDayFour() {
        String orderId = issueOrder(Platform.fileReferral(false), "[\"NO_APPROACH\"]", true);
        Instant issuedAt = Instant.parse(order(orderId).json().get("issuedAt").asText());
        sleep(Duration.between(Instant.now(), issuedAt.plusSeconds(10)));
        Platform.Answer served = act(orderId, "service", "police.vake",
                "{\"party\":\"ABUSER\",\"servedAt\":\"%s\",\"method\":\"HANDED_OVER\"}".formatted(Instant.now()));
        assertThat(served.status()).as(served.body()).isEqualTo(202);
        sleep(Duration.between(Instant.now(), issuedAt.plusSeconds(20)));
        Platform.Answer appeal = act(orderId, "appeals", "police.vake",
                "{\"by\":\"ABUSER\",\"lodgedAt\":\"%s\"}".formatted(Instant.now()));
        assertThat(appeal.status()).as(appeal.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> order(orderId).json().get("appeals").asInt() == 1);
    }

    /**
     * L 10¹(4): surveillance whose protocol was submitted to the court in time outlives the 24 hours (10 s here)
     * without an approval, and ends at once when the court refuses it; LEPL 112 is told (row N3E).
     */
    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void surveillanceSubmittedInTimeOutlivesTheTwentyFourHoursAndEndsAtOnceOnTheCourtsRefusal() {
        String referralId = Platform.fileReferral(false);
        String orderId = issueOrder(referralId, "[\"NO_APPROACH\",\"ELECTRONIC_SURVEILLANCE\"]", false);
        assertThat(act(orderId, "surveillance-submission", "police.vake",
                "{\"court\":\"CRT-TBILISI-CITY\",\"at\":\"%s\"}".formatted(Instant.now())).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> order(orderId).json().get("surveillance").asText().equals("AWAITING_COURT"));
        Instant due = Instant.parse(order(orderId).json().get("surveillanceSubmissionDue").asText());
        sleep(Duration.between(Instant.now(), due.plusSeconds(5)));
        assertThat(order(orderId).json().get("surveillance").asText()).isEqualTo("AWAITING_COURT");

        assertThat(act(orderId, "surveillance-refusal", "court.clerk", "{\"at\":\"%s\"}".formatted(Instant.now())).status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> order(orderId).json().get("surveillance").asText()
                .equals("ENDED: REFUSED_BY_THE_COURT"));
        await().atMost(Duration.ofSeconds(10)).until(() -> rulesInInbox("lepl112.duty", referralId).contains("N3E"));
    }

    /** L 13: a request to end an order concerning a minor on the parties' conciliation is refused. */
    @Test
    void aConciliationRequestForAnOrderConcerningAMinorIsRefused() {
        String orderId = issueOrder(Platform.fileReferral(false), "[\"NO_APPROACH\"]", true);
        assertThat(act(orderId, "conciliation-requests", "police.vake", "{\"at\":\"%s\"}".formatted(Instant.now())).status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> order(orderId).json().get("conciliation").asText().equals("REFUSED"));
        Platform.Answer decision = act(orderId, "conciliation-decision", "police.vake",
                "{\"terminate\":true,\"threatOfViolence\":false,\"reasons\":\"the parties reconciled\",\"at\":\"%s\"}"
                        .formatted(Instant.now()));
        assertThat(decision.status()).as(decision.body()).isEqualTo(409);
        assertThat(order(orderId).json().get("ended").asBoolean()).isFalse();
    }

    @Test
    void onlyThePoliceIssueRestrainingOrders() {
        assertThat(post(gateway() + "/api/protective-measures/restraining-orders", "sw.vake", "{}").status()).isEqualTo(403);
    }

    @Test
    void aPerpetratorsReleaseReachesThePoliceOfTheVictimsResidenceAndTheSocialWorker() {
        String referralId = Platform.fileReferral(false);
        String notice = """
                {"referralId":"%s","movement":"RELEASE","effectiveAt":"%s",
                 "perpetrator":{"firstName":"გიორგი","lastName":"ბერიძე"},"victimMunicipality":"TBILISI-VAKE"}
                """.formatted(referralId, Instant.now());
        Platform.Answer recorded = post(gateway() + "/api/penitentiary-notices", "penitentiary.officer", notice);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).until(() -> rulesInInbox("police.vake", referralId).containsAll(List.of("N10", "N10R"))
                && rulesInInbox("sw.vake", referralId).contains("N10"));
    }

    private static Platform.Answer lookup(String username, String personalNumber) {
        return post(gateway() + "/api/victim-status/protection-lookups", username,
                "{\"personalNumber\":\"" + personalNumber + "\",\"purpose\":\"MEDICAL_TREATMENT\"}");
    }

    @Test
    void aClinicLearnsOnlyWhetherAChildIsProtectedAndWhomToCallAndTheCaseOwnerIsTold() {
        String personalNumber = String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        Platform.Answer filed = post(gateway() + "/api/referrals", "school.vake", """
                {"reportingBody":"SCH-TBILISI-VAKE-051","child":{"firstName":"ნინო","lastName":"ბერიძე","personalNumber":"%s",
                 "dateOfBirth":"2015-03-14","municipality":"TBILISI-VAKE"},"concerns":["PHYSICAL"],
                 "description":"ბავშვს ხელზე სისხლჩაქცევები აქვს.","immediateDanger":false}""".formatted(personalNumber));
        String referralId = filed.json().get("referralId").asText();

        await().atMost(Duration.ofSeconds(10)).until(() -> lookup("clinic.vake", personalNumber).json()
                .get("protectionConcern").asBoolean());
        var answer = lookup("clinic.vake", personalNumber).json();
        assertThat(answer.has("openCase")).as("a clinic is told whom to call, not what matched").isFalse();
        assertThat(answer.get("contact").get("body").asText()).isEqualTo(Platform.VAKE_UNIT);
        assertThat(answer.toString()).doesNotContain(referralId).doesNotContain("ნინო");
        await().atMost(Duration.ofSeconds(10)).until(() -> rulesInInbox("sw.vake", referralId).contains("PL1"));
    }

    @Test
    void aLookupByARoleThatMayNotLookUpIsRefusedAndAudited() {
        long refused = Platform.storedEvents("victim_status", "ProtectionLookupRefused");
        assertThat(lookup("vig.member", "01001012345").status()).isEqualTo(403);
        assertThat(lookup("auditor", "01001012345").status()).isEqualTo(403);
        assertThat(Platform.storedEvents("victim_status", "ProtectionLookupRefused")).isEqualTo(refused + 2);
    }
}
