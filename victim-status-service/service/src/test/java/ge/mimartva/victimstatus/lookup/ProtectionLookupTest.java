package ge.mimartva.victimstatus.lookup;

import ge.mimartva.victimstatus.api.LookupPurpose;
import ge.mimartva.victimstatus.lookup.ProtectionLookup.ProtectionLookupQuotaExceeded;
import ge.mimartva.victimstatus.lookup.ProtectionLookup.RecordQuotaExceeded;
import ge.mimartva.victimstatus.lookup.ProtectionLookup.ProtectionLookupPerformed;
import ge.mimartva.victimstatus.lookup.ProtectionLookup.ProtectionLookupRefused;
import ge.mimartva.victimstatus.lookup.ProtectionLookup.RecordLookup;
import ge.mimartva.victimstatus.lookup.ProtectionLookup.RecordRefusedLookup;
import ge.mimartva.victimstatus.lookup.ReferralCase.CaseState;
import ge.mimartva.victimstatus.lookup.ReferralCase.RecordCaseState;
import ge.mimartva.victimstatus.lookup.ReferralCase.ReferralCaseStateRecorded;
import ge.mimartva.victimstatus.lookup.ReferralCase.ReferralCaseTracked;
import ge.mimartva.victimstatus.lookup.ReferralCase.TrackReferralCase;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/** The lookup's audit trail, and the case facts it answers from. */
class ProtectionLookupTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void everyAnsweredLookupIsRecordedWithWhoAskedAndWhatTheyWereTold() {
        new AggregateTestFixture<>(ProtectionLookup.class).givenNoPriorActivity()
                .when(new RecordLookup("l-1", "user-1", "medical-reporter", "MED-TBILISI-VAKE-003", "subject-1",
                        LookupPurpose.MEDICAL_TREATMENT, true, "SCA-TU-TBILISI-VAKE-SABURTALO", "r-1", AT))
                .expectEvents(new ProtectionLookupPerformed("l-1", "user-1", "medical-reporter", "MED-TBILISI-VAKE-003",
                        "subject-1", true, "SCA-TU-TBILISI-VAKE-SABURTALO", "r-1", AT, LookupPurpose.MEDICAL_TREATMENT));
    }

    @Test
    void aLookupBeyondTheDailyQuotaIsRecordedForTheAuditors() {
        new AggregateTestFixture<>(ProtectionLookup.class).givenNoPriorActivity()
                .when(new RecordQuotaExceeded("l-3", "user-3", "school-reporter", "SCH-BATUMI-007", 21, AT))
                .expectEvents(new ProtectionLookupQuotaExceeded("l-3", "user-3", "school-reporter", "SCH-BATUMI-007", 21, AT));
    }

    @Test
    void aRefusedLookupIsRecordedToo() {
        new AggregateTestFixture<>(ProtectionLookup.class).givenNoPriorActivity()
                .when(new RecordRefusedLookup("l-2", "user-2", "vig-member", "VIG", "role may not look up children", AT))
                .expectEvents(new ProtectionLookupRefused("l-2", "user-2", "vig-member", "VIG", "role may not look up children", AT));
    }

    @Test
    void aReferralCaseIsTrackedOnceAndEachStateChangeRecordedOnce() {
        AggregateTestFixture<ReferralCase> fixture = new AggregateTestFixture<>(ReferralCase.class);
        ReferralCaseTracked tracked = new ReferralCaseTracked("case:r-1", "r-1", "subject-1", "SCA-TU-TBILISI-VAKE-SABURTALO", AT);
        fixture.givenNoPriorActivity()
                .when(new TrackReferralCase("case:r-1", "r-1", "subject-1", "SCA-TU-TBILISI-VAKE-SABURTALO", AT))
                .expectEvents(tracked);
        fixture.given(tracked)
                .when(new TrackReferralCase("case:r-1", "r-1", "subject-1", "SCA-TU-TBILISI-VAKE-SABURTALO", AT))
                .expectNoEvents();
        fixture.given(tracked)
                .when(new RecordCaseState("case:r-1", CaseState.CLOSED, null, "event-9", AT))
                .expectEvents(new ReferralCaseStateRecorded("case:r-1", "r-1", CaseState.CLOSED,
                        "SCA-TU-TBILISI-VAKE-SABURTALO", "event-9", AT));
        fixture.given(tracked, new ReferralCaseStateRecorded("case:r-1", "r-1", CaseState.CLOSED, "SCA-TU-X", "event-9", AT))
                .when(new RecordCaseState("case:r-1", CaseState.CLOSED, null, "event-9", AT))
                .expectNoEvents();
    }

    @Test
    void aTransferMovesTheCaseToItsNewOwner() {
        new AggregateTestFixture<>(ReferralCase.class)
                .given(new ReferralCaseTracked("case:r-1", "r-1", "subject-1", "SCA-TU-TBILISI-VAKE-SABURTALO", AT))
                .when(new RecordCaseState("case:r-1", CaseState.OPEN, "SCA-TU-BATUMI", "event-10", AT))
                .expectEvents(new ReferralCaseStateRecorded("case:r-1", "r-1", CaseState.OPEN, "SCA-TU-BATUMI", "event-10", AT));
    }
}
