package ge.mimartva.notification.feed;

import ge.mimartva.referral.api.ReferralCaseEvents;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document lists every published event with its payload schema. */
class AsyncApiDocumentTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> channels() {
        return (Map<String, Object>) AsyncApiDocument.of(AsyncApiDocument.published()).get("channels");
    }

    @Test
    void everyLifecycleEventOfReferralServiceHasItsChannel() {
        Arrays.stream(ReferralCaseEvents.class.getDeclaredClasses()).filter(Class::isRecord).forEach(c -> {
            String type = c.getSimpleName().replaceAll("V\\d+$", "");
            assertThat(channels()).containsKey("referral." + type + ".v1");
        });
        assertThat(channels()).containsKeys("referral.ReferralFiled.v1", "notification.NotificationIssued.v1",
                "notification.NotificationEscalated.v1", "victim-status.ReferralLinkedToProtectionRecord.v1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void payloadsAreSchemasOfTheContractRecords() {
        Map<String, Object> doc = AsyncApiDocument.of(AsyncApiDocument.published());
        Map<String, Object> messages = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("messages");
        Map<String, Object> filed = (Map<String, Object>) ((Map<String, Object>) messages.get("ReferralFiledV1")).get("payload");
        Map<String, Object> properties = (Map<String, Object>) filed.get("properties");
        assertThat(properties).containsKeys("referralId", "municipality", "concerns", "immediateDanger", "filedAt");
        assertThat(properties.get("filedAt")).isEqualTo(Map.of("type", "string", "format", "date-time"));
        assertThat(((Map<String, Object>) properties.get("concerns")).get("type")).isEqualTo("array");
        assertThat(doc.get("asyncapi")).isEqualTo("3.0.0");
    }
}
