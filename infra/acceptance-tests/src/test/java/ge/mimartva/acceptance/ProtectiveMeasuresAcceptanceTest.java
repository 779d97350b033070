package ge.mimartva.acceptance;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ge.mimartva.acceptance.Platform.gateway;
import static ge.mimartva.acceptance.Platform.inboxItems;
import static ge.mimartva.acceptance.Platform.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Restraining orders and penitentiary notices through the gateway, with real tokens, to their notification rows. */
@Order(3)
class ProtectiveMeasuresAcceptanceTest {

    private static List<String> rules(String username, String referralId) {
        return inboxItems(username, referralId).stream().map(n -> n.get("ruleId").asText()).toList();
    }

    @Test
    void aRestrainingOrderConcerningAMinorReachesEveryN3Body() {
        String referralId = Platform.fileReferral(true);
        String order = """
                {"referralId":"%s","place":"Tbilisi, Vake","circumstances":"ბავშვის თანდასწრებით მუქარა",
                 "victim":{"firstName":"თამარ","lastName":"ბერიძე","municipality":"TBILISI-VAKE"},
                 "abuser":{"firstName":"გიორგი","lastName":"ბერიძე"},
                 "matters":["NO_APPROACH","WEAPONS_RESTRICTED","ELECTRONIC_SURVEILLANCE","SEPARATION_FROM_MINOR"],
                 "validUntil":"%s","investigatedArticles":["126¹"],"victimIsMinor":false,"minorsConcerned":true,
                 "victimSigned":true,"abuserSigned":false,"abuserNotSignedBecause":"refused to sign",
                 "surveillanceConsent":"the victim consented in writing"}
                """.formatted(referralId, LocalDate.now(ZoneId.of("Asia/Tbilisi")).plusDays(30));
        Platform.Answer issued = post(gateway() + "/api/protective-measures/restraining-orders", "police.vake", order,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).until(() -> rules("police.vake", referralId).containsAll(List.of("N3", "N4"))
                && rules("mia.analyst", referralId).contains("N3")
                && rules("mia.service-agency", referralId).contains("N3")
                && rules("lepl112.duty", referralId).contains("N3")
                && rules("guardianship.vake", referralId).contains("N3"));
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

        await().atMost(Duration.ofSeconds(10)).until(() -> rules("police.vake", referralId).containsAll(List.of("N10", "N10R"))
                && rules("sw.vake", referralId).contains("N10"));
    }

    private static Platform.Answer lookup(String username, String personalNumber) {
        return post(gateway() + "/api/victim-status/protection-lookups", username,
                "{\"personalNumber\":\"" + personalNumber + "\"}");
    }

    @Test
    void aClinicLearnsOnlyWhetherAChildIsProtectedAndWhomToCallAndTheCaseOwnerIsTold() {
        String personalNumber = String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        Platform.Answer filed = post(gateway() + "/api/referrals", "school.vake", """
                {"reportingBody":"SCH-TBILISI-VAKE-051","child":{"firstName":"ნინო","lastName":"ბერიძე","personalNumber":"%s",
                 "dateOfBirth":"2015-03-14","municipality":"TBILISI-VAKE"},"concerns":["PHYSICAL"],
                 "description":"ბავშვს ხელზე სისხლჩაქცევები აქვს.","immediateDanger":false}""".formatted(personalNumber));
        String referralId = filed.json().get("referralId").asText();

        await().atMost(Duration.ofSeconds(10)).until(() -> lookup("clinic.vake", personalNumber).json().get("openCase").asBoolean());
        var answer = lookup("clinic.vake", personalNumber).json();
        assertThat(answer.get("protectionConcern").asBoolean()).isTrue();
        assertThat(answer.get("contact").get("body").asText()).isEqualTo(Platform.VAKE_UNIT);
        assertThat(answer.toString()).doesNotContain(referralId).doesNotContain("ნინო");
        await().atMost(Duration.ofSeconds(10)).until(() -> rules("sw.vake", referralId).contains("PL1"));
    }

    @Test
    void aLookupByARoleThatMayNotLookUpIsRefusedAndAudited() {
        long refused = Platform.storedEvents("victim_status", "ProtectionLookupRefused");
        assertThat(lookup("vig.member", "01001012345").status()).isEqualTo(403);
        assertThat(lookup("auditor", "01001012345").status()).isEqualTo(403);
        assertThat(Platform.storedEvents("victim_status", "ProtectionLookupRefused")).isEqualTo(refused + 2);
    }
}
