package ge.mimartva.notification.integration;

import ge.mimartva.messaging.PersonalDataErasedV1;
import ge.mimartva.messaging.PublishedContract;
import ge.mimartva.notification.api.NotificationAcknowledgedV1;
import ge.mimartva.notification.api.NotificationDeliveredV1;
import ge.mimartva.notification.api.NotificationEscalatedV1;
import ge.mimartva.notification.api.NotificationIssuedV1;
import ge.mimartva.referral.api.PreservationRequestEvents;
import ge.mimartva.referral.api.ReferralCaseEvents;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.victimstatus.api.ReferralLinkedToProtectionRecordV1;
import ge.mimartva.victimstatus.api.VictimStatusEvents;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every published record says its own type and version, the one way, and the version its name ends with. */
class PublishedRecordsTest {

    @Test
    void everyPublishedRecordDeclaresItsTypeAndTheVersionItsNameCarries() {
        List<Class<?>> records = new ArrayList<>(List.of(ReferralFiledV1.class, NotificationIssuedV1.class,
                NotificationDeliveredV1.class, NotificationAcknowledgedV1.class, NotificationEscalatedV1.class,
                ReferralLinkedToProtectionRecordV1.class, PersonalDataErasedV1.class));
        for (Class<?> group : List.of(ReferralCaseEvents.class, PreservationRequestEvents.class, VictimStatusEvents.class)) {
            Arrays.stream(group.getDeclaredClasses()).filter(Class::isRecord).forEach(records::add);
        }

        assertThat(records).hasSizeGreaterThan(60).allSatisfy(record -> {
            PublishedContract contract = PublishedContract.of(record);
            assertThat(record.getSimpleName()).isEqualTo(contract.type() + "V" + contract.version());
        });
    }
}
