package ge.mimartva.victimstatus.penitentiary;

import ge.mimartva.victimstatus.api.PerpetratorMovement;
import ge.mimartva.victimstatus.ProtectionRuleViolation;
import ge.mimartva.victimstatus.order.Party;
import ge.mimartva.victimstatus.penitentiary.PenitentiaryNotice.PenitentiaryNoticeRecorded;
import ge.mimartva.victimstatus.penitentiary.PenitentiaryNotice.RecordPenitentiaryNotice;
import ge.mimartva.victimstatus.penitentiary.PenitentiaryNotice.RiskReassessmentRequested;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;


/** Penitentiary notices (L 17¹(3-5)). */
class PenitentiaryNoticeTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");
    private static final Party PERPETRATOR = new Party("გიორგი", "გელაშვილი", null, null, null);

    private final AggregateTestFixture<PenitentiaryNotice> fixture = new AggregateTestFixture<>(PenitentiaryNotice.class);

    @Test
    void aReleaseIsRecordedAndTheVictimsPoliceDistrictIsToReassessTheRisk() {
        fixture.givenNoPriorActivity()
                .when(new RecordPenitentiaryNotice("n-1", "r-1", "PEN-INSTITUTION-08", PerpetratorMovement.RELEASE, AT,
                        PERPETRATOR, "TBILISI-VAKE", "MIA-D-TBILISI-VAKE-SABURTALO"))
                .expectEvents(new PenitentiaryNoticeRecorded("n-1", "r-1", "PEN-INSTITUTION-08", PerpetratorMovement.RELEASE,
                                AT, PERPETRATOR, "TBILISI-VAKE"),
                        new RiskReassessmentRequested("n-1", "r-1", "MIA-D-TBILISI-VAKE-SABURTALO"));
    }

    @Test
    void aNoticeWithoutWhatHappenedIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordPenitentiaryNotice("n-1", null, "PEN-INSTITUTION-08", null, AT, PERPETRATOR,
                        "TBILISI-VAKE", "MIA-D-TBILISI-VAKE-SABURTALO"))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    @Test
    void aNoticeWithoutWhereTheVictimLivesIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordPenitentiaryNotice("n-1", null, "PEN-INSTITUTION-08", PerpetratorMovement.ESCAPE, AT,
                        PERPETRATOR, null, null))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    private static final String VAKE = "MIA-D-TBILISI-VAKE-SABURTALO";
    private static final Object[] RECORDED = {
            new PenitentiaryNoticeRecorded("n-1", "r-1", "PEN-INSTITUTION-08", PerpetratorMovement.RELEASE, AT, PERPETRATOR,
                    "TBILISI-VAKE"),
            new RiskReassessmentRequested("n-1", "r-1", VAKE)};

    /** L 17¹(4): the district of the victim's residence tells the victim; the record says by whom and when. */
    @Test
    void theDistrictRecordsThatItToldTheVictim() {
        fixture.given(RECORDED)
                .when(new PenitentiaryNotice.RecordVictimInformed("n-1", VAKE, AT.plusSeconds(900), "police-1"))
                .expectEvents(new PenitentiaryNotice.VictimInformedOfMovement("n-1", "r-1", VAKE, "police-1", AT.plusSeconds(900)));
        fixture.given(RECORDED)
                .when(new PenitentiaryNotice.RecordVictimInformed("n-1", "MIA-D-BATUMI", AT.plusSeconds(900), "police-2"))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }

    /** L 17¹(5): the interview's protocol and whether it found a risk of recurrence. */
    @Test
    void theVictimsInterviewIsRecordedWithItsProtocol() {
        fixture.given(RECORDED)
                .when(new PenitentiaryNotice.RecordVictimInterview("n-1", VAKE, "MIA/2026/771", true, AT.plusSeconds(3600), "police-1"))
                .expectEvents(new PenitentiaryNotice.VictimInterviewed("n-1", "r-1", VAKE, "MIA/2026/771", true, "police-1",
                        AT.plusSeconds(3600)));
        fixture.given(RECORDED)
                .when(new PenitentiaryNotice.RecordVictimInterview("n-1", VAKE, " ", true, AT.plusSeconds(3600), "police-1"))
                .expectException(ProtectionRuleViolation.class).expectNoEvents();
    }
}
