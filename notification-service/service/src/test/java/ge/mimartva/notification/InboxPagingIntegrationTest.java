package ge.mimartva.notification;

import com.jayway.jsonpath.JsonPath;
import ge.mimartva.notification.api.NotificationStatus;
import ge.mimartva.notification.query.InboxDocument;
import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.testsupport.NeedsTestStack;
import ge.mimartva.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A busy body's inbox of 5,000 notifications (written to the read model as the projection would), walked a page at a
 * time by following the {@code Link} header to its last item, in the order its reader acts on it, and narrowed by
 * its filters. 3,000 still to acknowledge (1,000 of them overdue), 2,000 acknowledged.
 */
// Its own read model: it writes 5,000 inbox items straight into it, which no other test may see.
@NeedsTestStack("notification-paging")
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxPagingIntegrationTest {

    static final String BODY = "SCA-TU-PAGING-TEST";
    static final Instant NOW = Instant.now();
    static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;

    static RequestPostProcessor reader() {
        return TestTokens.token("staff-of-paging", "social-worker", BODY, "SW");
    }

    /** Notification i: referral number i (in hexadecimal), due in the order of i; the last 2,000 acknowledged. */
    static InboxDocument notification(int i) {
        String id = String.format("00000000-0000-4000-8000-%012d", i);
        String referral = String.format("%08x-0000-4000-8000-000000000000", i);
        // the first 1,000 past due; the rest due from an hour on, so none of them falls due while the test runs
        Instant due = i < 1_000 ? NOW.minus(Duration.ofMinutes(1_000 - i)) : NOW.plus(Duration.ofMinutes(i - 940));
        boolean acknowledged = i >= 3_000;
        return new InboxDocument(id, "e" + i, referral, i % 2 == 0 ? "N1" : "N3", 1, "L 16", BODY, "unit", "INBOX",
                i % 5 == 0 ? "BATUMI" : "TBILISI-VAKE", List.of("NEGLECT"), false,
                acknowledged ? NotificationStatus.ACKNOWLEDGED : NotificationStatus.DELIVERED,
                due.minus(Duration.ofHours(24)), due, due.minus(Duration.ofHours(23)),
                acknowledged ? due.minus(Duration.ofHours(1)) : null, acknowledged ? "sw" : null, null);
    }

    @BeforeAll
    void fiveThousandNotifications() {
        mongo.remove(Query.query(Criteria.where("recipientBody").is(BODY)), InboxDocument.class);
        List<InboxDocument> all = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            all.add(notification(i));
        }
        mongo.insertAll(all);
    }

    /** The pages from {@code first} on, following each next link; the ids in the order given. */
    List<String> walk(String first) throws Exception {
        List<String> ids = new ArrayList<>();
        String page = first;
        for (int pages = 0; page != null; pages++) {
            assertThat(pages).isLessThan(1_000);
            MockHttpServletResponse answer = mvc.perform(get(page).with(reader())).andExpect(status().isOk())
                    .andReturn().getResponse();
            ids.addAll(JsonPath.read(answer.getContentAsString(), "$[*].notificationId"));
            String link = answer.getHeader("Link");
            Matcher next = link == null ? null : NEXT.matcher(link);
            page = next != null && next.matches() ? next.group(1) : null;
        }
        return ids;
    }

    static String id(int i) {
        return notification(i).notificationId();
    }

    @Test
    void theWholeInboxIsReachedPageByPageStillToAcknowledgeFirstTheEarliestDueFirstThenTheLatestAcknowledged()
            throws Exception {
        long start = System.nanoTime();
        mvc.perform(get("/api/notifications?limit=50").with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(50))
                .andExpect(jsonPath("$[0].notificationId").value(id(0)))
                .andExpect(jsonPath("$[0].overdue").value(true))
                .andExpect(header().string("Link", containsString("rel=\"next\"")));
        System.out.printf("inbox of 5,000: first page of 50 in %d ms (MockMvc, embedded read model)%n",
                (System.nanoTime() - start) / 1_000_000);

        List<String> walked = walk("/api/notifications?limit=500");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            expected.add(id(i));
        }
        for (int i = 4_999; i >= 3_000; i--) {
            expected.add(id(i));
        }
        assertThat(walked).containsExactlyElementsOf(expected);
    }

    @Test
    void pagesOfAnyLengthEndAtTheSameLastItemWithNothingTwice() throws Exception {
        List<String> walked = walk("/api/notifications?limit=37");
        assertThat(walked).hasSize(5_000);
        assertThat(new LinkedHashSet<>(walked)).hasSize(5_000);
        assertThat(walked.get(4_999)).isEqualTo(id(3_000));
        // exactly the open ones on whole pages: the next page begins with the acknowledged, none lost at the seam
        assertThat(walk("/api/notifications?limit=1000")).containsExactlyElementsOf(walked);
    }

    @Test
    void theFiltersNarrowTheInboxAndPageAsTheWhole() throws Exception {
        // overdue: still to acknowledge and past due, i < 1,000
        List<String> overdue = walk("/api/notifications?overdue=true&limit=300");
        assertThat(overdue).hasSize(1_000).startsWith(id(0)).endsWith(id(999));
        assertThat(walk("/api/notifications?state=acknowledged&limit=500")).hasSize(2_000).startsWith(id(4_999));
        assertThat(walk("/api/notifications?state=open&rule=N1&limit=500")).hasSize(1_500);
        assertThat(walk("/api/notifications?municipality=BATUMI&limit=500")).hasSize(1_000);
        // a referral's number, from its first characters: 000000c8 is only number 200's (0xc8)
        assertThat(walk("/api/notifications?referral=000000C8")).containsExactly(id(200));
        // issued from the day the last one was issued (in Georgia) on
        LocalDate lastDay = notification(4_999).issuedAt().atZone(GeorgianTime.ZONE).toLocalDate();
        Instant dayStart = lastDay.atStartOfDay(GeorgianTime.ZONE).toInstant();
        long issuedSince = IntStream.range(0, 5_000).filter(i -> !notification(i).issuedAt().isBefore(dayStart)).count();
        assertThat(walk("/api/notifications?limit=500&from=" + lastDay + "&to=" + lastDay.plusDays(1)))
                .hasSize((int) issuedSince);
    }

    @Test
    void aBadFilterOrCursorNamesTheField() throws Exception {
        for (String[] bad : new String[][]{{"state=lost", "state"}, {"rule=N1;drop", "rule"},
                {"referral=.*", "referral"}, {"municipality=vake", "municipality"}, {"cursor=bm90LWEtY3Vyc29y", "cursor"},
                {"cursor=" + "x".repeat(5_000), "cursor"}, {"from=2026-02-01&to=2026-01-01", "to"}}) {
            mvc.perform(get("/api/notifications?" + bad[0]).with(reader()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("\"" + bad[1] + "\"")));
        }
    }

    @Test
    void anotherBodySeesNoneOfIt() throws Exception {
        Set<String> ids = Set.copyOf(walk("/api/notifications?limit=500"));
        mvc.perform(get("/api/notifications?limit=500").with(TestTokens.token("other", "social-worker", "SCA-TU-BATUMI", "SW")))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(JsonPath.<List<String>>read(result.getResponse().getContentAsString(),
                        "$[*].notificationId")).doesNotContainAnyElementsOf(ids));
    }
}
