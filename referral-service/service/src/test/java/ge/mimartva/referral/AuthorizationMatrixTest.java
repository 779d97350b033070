package ge.mimartva.referral;

import com.jayway.jsonpath.JsonPath;
import ge.mimartva.referral.query.InternationalExchangeDocument;
import ge.mimartva.referral.query.PreservationRequestDocument;
import ge.mimartva.referral.query.ReferralDocument;
import ge.mimartva.testsupport.AuthorizationMatrix;
import ge.mimartva.testsupport.AuthorizationMatrix.Caller;
import ge.mimartva.testsupport.AuthorizationMatrixRun;
import ge.mimartva.testsupport.NeedsTestStack;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * referral-service against the platform's authorization matrix ({@code authorization-matrix.txt}): every endpoint,
 * every role, as the record's own or another body, in its own or another territory. The record of a reporting role
 * is a referral its own body filed; every other role's is the school's.
 */
@NeedsTestStack("referral")
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

    static final String CHILD_NAME = "მატრიცა";
    static final String PERSONAL_NUMBER = "01001099887";
    static final List<String> REPORTERS = List.of("SCH", "PRE", "SRO", "MED", "HOT", "MUN");

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;

    /** A referral about a Vake child in immediate danger, filed by the reporter's own body. */
    String fileAs(Caller reporter) throws Exception {
        String body = "{\"reportingBody\":\"" + reporter.ownBody() + "\",\"child\":{\"firstName\":\"" + CHILD_NAME
                + "\",\"lastName\":\"ტესტი\",\"personalNumber\":\"" + PERSONAL_NUMBER + "\",\"dateOfBirth\":\"2013-01-01\","
                + "\"municipality\":\"TBILISI-VAKE\"},\"concerns\":[\"PHYSICAL\"],\"description\":\"matrix\","
                + "\"immediateDanger\":true}";
        String response = mvc.perform(post("/api/referrals").with(AuthorizationMatrixRun.ownToken(reporter))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(response, "$.referralId");
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(id, ReferralDocument.class) != null);
        return id;
    }

    /** A foreign contact point's request to preserve data, about the school's referral, recorded by the division. */
    String recordPreservationRequest(Caller division, String referralId) throws Exception {
        String body = "{\"origin\":\"FOREIGN_CONTACT_POINT\",\"requestingAuthority\":\"CP247-DE\","
                + "\"receiptConfirmationRequested\":false,\"referralId\":\"" + referralId + "\",\"offence\":\"matrix\","
                + "\"serviceProvider\":\"ISP-SOCIAL-01\",\"dataToPreserve\":[\"account @matrix\"]}";
        String response = mvc.perform(post("/api/preservation-requests").with(AuthorizationMatrixRun.ownToken(division))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(response, "$.requestId");
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(id, PreservationRequestDocument.class) != null);
        return id;
    }

    /** What the division sent to Europol. */
    String recordInternationalExchange(Caller division) throws Exception {
        String response = mvc.perform(post("/api/international-exchanges").with(AuthorizationMatrixRun.ownToken(division))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"channel\":\"EUROPOL\",\"counterpart\":\"EUROPOL\",\"sent\":\"matrix\"}"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(response, "$.exchangeId");
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(id, InternationalExchangeDocument.class) != null);
        return id;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointEveryRoleEveryStanding() throws Exception {
        AuthorizationMatrix matrix = AuthorizationMatrix.load();
        Map<String, String> referralOf = new HashMap<>();
        for (String abbreviation : REPORTERS) {
            Caller reporter = matrix.caller(abbreviation);
            referralOf.put(reporter.role(), fileAs(reporter));
        }
        String schoolReferral = referralOf.get(matrix.caller("SCH").role());
        String preservationRequest = recordPreservationRequest(matrix.caller("CCD"), schoolReferral);
        String exchange = recordInternationalExchange(matrix.caller("CCD"));
        return AuthorizationMatrixRun.rows(mvc, "referral-service",
                (placeholder, caller) -> switch (placeholder) {
                    case "preservation-request" -> preservationRequest;
                    case "international-exchange" -> exchange;
                    default -> referralOf.getOrDefault(caller.role(), schoolReferral);
                },
                CHILD_NAME, PERSONAL_NUMBER);
    }
}
