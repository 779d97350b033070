package ge.mimartva.notification.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IntegrationFeedTest {

    /** A person's pseudonym or name is withheld at any depth, not only at the top of the event. */
    @Test
    void personalFieldsAreWithheldAtEveryDepth() throws Exception {
        JsonNode event = new ObjectMapper().readTree("""
                {"referralId":"r-1","childSubjectId":"s-1","tasks":[{"ownerBody":"SCH-1","victimSubjectId":"s-2"}],
                 "party":{"firstName":"ნინო","personalNumber":"01001012345","role":"VICTIM"}}""");
        String withheld = IntegrationFeed.withheld(event).toString();
        assertThat(withheld).doesNotContain("s-1", "s-2", "ნინო", "01001012345")
                .contains("\"referralId\":\"r-1\"", "\"ownerBody\":\"SCH-1\"", "\"role\":\"VICTIM\"");
    }

    @Test
    void aGrantByRecordCoversOnlyTheReferralsOfTheKindsOfBodyItNames() {
        IntegratorAccess access = IntegratorAccess.load(new ByteArrayInputStream("""
                {"version":"t","description":"t","integrators":[{"body":"INT-MOES","name":"MoES","grants":[
                  {"eventType":"referral.CaseClosed","reportingBodyTypes":["SCH","PRE"]},
                  {"eventType":"referral.ReferralRegistered"}]}]}""".getBytes(StandardCharsets.UTF_8)));
        FeedEntry closed = new FeedEntry(1, "e-1", "referral", "CaseClosed", 1, Instant.now(), "r-1", "{}");
        assertThat(access.mayReceive("INT-MOES", closed, r -> Optional.of("SCH"))).isTrue();
        assertThat(access.mayReceive("INT-MOES", closed, r -> Optional.of("MED"))).isFalse();
        assertThat(access.mayReceive("INT-MOES", closed, r -> Optional.empty())).isFalse();
        FeedEntry registered = new FeedEntry(2, "e-2", "referral", "ReferralRegistered", 1, Instant.now(), "r-1", "{}");
        assertThat(access.mayReceive("INT-MOES", registered, r -> Optional.of("MED"))).isTrue();
        assertThat(access.mayReceive("INT-OTHER", registered, r -> Optional.of("SCH"))).isFalse();
    }
}
