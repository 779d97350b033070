package ge.mimartva.victimstatus;

import com.jayway.jsonpath.JsonPath;
import ge.mimartva.messaging.IntegrationEventPublisher;
import ge.mimartva.testsupport.AuthorizationMatrix;
import ge.mimartva.testsupport.AuthorizationMatrixRun;
import ge.mimartva.testsupport.NeedsTestStack;
import ge.mimartva.victimstatus.query.OrderDocument;
import ge.mimartva.victimstatus.query.ProtectionRecordDocument;
import ge.mimartva.victimstatus.query.VictimStatusDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * victim-status-service against the platform's authorization matrix ({@code authorization-matrix.txt}). The records:
 * a restraining order the Vake-Saburtalo police district issued, a protective order of the Tbilisi City Court, a
 * victim status applied for by the Vake-Saburtalo unit, and the protection record of a Vake child.
 */
@NeedsTestStack("victim-status")
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

    static final String VICTIM_NAME = "მატრიცა";
    static final String PERSONAL_NUMBER = "01001099886";

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired IntegrationEventPublisher publisher;

    static final String PERSON = "{\"firstName\":\"" + VICTIM_NAME + "\",\"lastName\":\"ტესტი\",\"personalNumber\":\""
            + PERSONAL_NUMBER + "\",\"dateOfBirth\":\"2014-09-01\",\"municipality\":\"TBILISI-VAKE\"}";
    static final String ABUSER = "{\"firstName\":\"ზაზა\",\"lastName\":\"ტესტი\",\"unknownDetailsBecause\":\"absent\"}";

    String create(String path, String body, RequestPostProcessor who, String idField) throws Exception {
        var answer = mvc.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
        String response = answer.getContentAsString();
        assertThat(answer.getStatus()).as(path + ": " + response).isEqualTo(201);
        return JsonPath.read(response, "$." + idField);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointEveryRoleEveryStanding() throws Exception {
        AuthorizationMatrix matrix = AuthorizationMatrix.load();
        String validUntil = LocalDate.now(ZoneId.of("Asia/Tbilisi")).plusDays(20).toString();
        String restrainingOrder = create("/api/protective-measures/restraining-orders", """
                {"place":"Tbilisi","circumstances":"threats","victim":%s,"abuser":%s,"matters":["NO_APPROACH"],
                 "validUntil":"%s","victimIsMinor":true,"minorsConcerned":true,"victimSigned":true,"abuserSigned":true}
                """.formatted(PERSON, ABUSER, validUntil), AuthorizationMatrixRun.ownToken(matrix.caller("POL")), "orderId");
        String protectiveOrder = create("/api/protective-measures/protective-orders", """
                {"victim":%s,"abuser":%s,"validUntil":"%s","behaviourCorrectionCourse":true,"minorsConcerned":true}
                """.formatted(PERSON, ABUSER, LocalDate.now(ZoneId.of("Asia/Tbilisi")).plusMonths(6)),
                AuthorizationMatrixRun.ownToken(matrix.caller("CRT")), "orderId");
        String victimStatus = create("/api/victim-status/requests", """
                {"onBehalfOfChild":true,"ground":"SUFFERED_VIOLENCE","applicant":%s}
                """.formatted(PERSON), AuthorizationMatrixRun.ownToken(matrix.caller("SW")), "statusId");
        String orderRequest = create("/api/protective-measures/order-requests", """
                {"measure":"RESTRAINING_ORDER","requester":"SOCIAL_WORKER","victimConsented":true,"victimIsMinor":true,
                 "victimMunicipality":"TBILISI-VAKE"}
                """, AuthorizationMatrixRun.ownToken(matrix.caller("SW")), "requestId");
        String shelterPlacement = create("/api/protective-measures/shelter-placements", """
                {"shelter":"Tbilisi shelter","victimMunicipality":"TBILISI-VAKE","onTheVictimsRequest":true,
                 "emergencyWithConsent":false,"placedOn":"%s","until":"%s"}
                """.formatted(LocalDate.now(ZoneId.of("Asia/Tbilisi")), LocalDate.now(ZoneId.of("Asia/Tbilisi")).plusMonths(2)),
                AuthorizationMatrixRun.ownToken(matrix.caller("SW")), "placementId");
        String penitentiaryNotice = create("/api/penitentiary-notices", """
                {"movement":"RELEASE","effectiveAt":"%s","perpetrator":{"firstName":"ზაზა","lastName":"ტესტი"},
                 "victimMunicipality":"TBILISI-VAKE"}
                """.formatted(java.time.Instant.now()), AuthorizationMatrixRun.ownToken(matrix.caller("PEN")), "noticeId");
        String child = UUID.randomUUID().toString();
        publisher.publishConfirmed(VictimStatusServiceIntegrationTest.referralFiled(child, "TBILISI-VAKE"));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(restrainingOrder, OrderDocument.class) != null
                && mongo.findById(protectiveOrder, OrderDocument.class) != null
                && mongo.findById(victimStatus, VictimStatusDocument.class) != null
                && mongo.findById(orderRequest, ge.mimartva.victimstatus.query.OrderRequestDocument.class) != null
                && mongo.findById(shelterPlacement, ge.mimartva.victimstatus.query.ShelterPlacementDocument.class) != null
                && mongo.findById(penitentiaryNotice, ge.mimartva.victimstatus.query.PenitentiaryNoticeDocument.class) != null
                && mongo.findById(child, ProtectionRecordDocument.class) != null);
        Map<String, String> records = Map.of("restraining-order", restrainingOrder, "protective-order", protectiveOrder,
                "victim-status", victimStatus, "protection-record", child, "order-request", orderRequest,
                "shelter-placement", shelterPlacement, "penitentiary-notice", penitentiaryNotice);
        return AuthorizationMatrixRun.rows(mvc, "victim-status-service", (placeholder, caller) -> records.get(placeholder),
                VICTIM_NAME, PERSONAL_NUMBER);
    }
}
