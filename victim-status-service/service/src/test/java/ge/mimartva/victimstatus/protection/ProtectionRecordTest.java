package ge.mimartva.victimstatus.protection;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class ProtectionRecordTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    private AggregateTestFixture<ProtectionRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProtectionRecord.class);
    }

    @Test
    void theFirstReferralAboutAChildOpensTheChildsRecord() {
        fixture.givenNoPriorActivity()
                .when(new LinkReferral("child-1", "r-1", "TBILISI-VAKE", AT))
                .expectEvents(new ReferralLinkedToProtectionRecord("child-1", "r-1", "TBILISI-VAKE", AT));
    }

    @Test
    void aFurtherReferralIsLinkedToTheSameRecord() {
        fixture.given(new ReferralLinkedToProtectionRecord("child-1", "r-1", "TBILISI-VAKE", AT))
                .when(new LinkReferral("child-1", "r-2", "BATUMI", AT.plusSeconds(60)))
                .expectEvents(new ReferralLinkedToProtectionRecord("child-1", "r-2", "BATUMI", AT.plusSeconds(60)));
    }

    @Test
    void linkingTheSameReferralAgainChangesNothing() {
        fixture.given(new ReferralLinkedToProtectionRecord("child-1", "r-1", "TBILISI-VAKE", AT))
                .when(new LinkReferral("child-1", "r-1", "TBILISI-VAKE", AT.plusSeconds(5)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aLinkWithoutMunicipalityIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new LinkReferral("child-1", "r-1", null, AT))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}
