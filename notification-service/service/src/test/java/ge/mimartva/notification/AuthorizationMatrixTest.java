package ge.mimartva.notification;

import ge.mimartva.messaging.IntegrationEventPublisher;
import ge.mimartva.messaging.IntegrationMessage;
import ge.mimartva.notification.query.InboxDocument;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.referral.api.Concern;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.testsupport.AuthorizationMatrixRun;
import ge.mimartva.testsupport.NeedsTestStack;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * notification-service against the platform's authorization matrix ({@code authorization-matrix.txt}). The record:
 * the notification (N1) a Vake referral sends the agency's Vake-Saburtalo unit.
 */
@NeedsTestStack("notification")
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired IntegrationEventPublisher publisher;

    @TestFactory
    Stream<DynamicTest> everyEndpointEveryRoleEveryStanding() throws Exception {
        String referralId = UUID.randomUUID().toString();
        publisher.publishConfirmed(new IntegrationMessage(UUID.randomUUID().toString(), ReferralContract.SOURCE,
                ReferralFiledV1.TYPE, ReferralFiledV1.VERSION, Instant.now(),
                new MessageContext(referralId, "request-1", "reporter-1", "school.vake", "school-reporter", "SCH-1"),
                new ReferralFiledV1(referralId, "SCH-1", "SCH", "TBILISI-VAKE", List.of(Concern.PHYSICAL), false,
                        UUID.randomUUID().toString(), Instant.now())));
        Query toTheUnit = Query.query(Criteria.where("referralId").is(referralId).and("recipientBody")
                .is("SCA-TU-TBILISI-VAKE-SABURTALO"));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(toTheUnit, InboxDocument.class));
        Map<String, String> records = Map.of(
                "notification", mongo.findOne(toTheUnit, InboxDocument.class).notificationId(),
                "unknown", UUID.randomUUID().toString());
        // a refusal must not even name the referral the notification is about
        return AuthorizationMatrixRun.rows(mvc, "notification-service", (placeholder, caller) -> records.get(placeholder),
                referralId);
    }
}
