package ge.mimartva.referral;

import ge.mimartva.referral.command.ReferralFiled;
import ge.mimartva.testsupport.NeedsTestStack;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static ge.mimartva.referral.ReferralServiceIntegrationTest.VAKE_REPORTER;
import static ge.mimartva.referral.ReferralServiceIntegrationTest.referral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A burst of filings far larger than the connection pool, each about a child the service has not seen (so each makes
 * the child's key): no filing waits out the pool, every caller is answered at once (201, or 503 with Retry-After
 * while the service is at capacity), and after retries with the same Idempotency-Key every referral is filed exactly
 * once. (Each filing once held one connection and waited for a second; twelve at once held the pool for 30 s.)
 */
@NeedsTestStack("referral-burst")
@SpringBootTest(properties = {
        "spring.datasource.hikari.maximum-pool-size=4",
        "mimartva.limits.max-concurrent-requests=12",
        "mimartva.limits.busy-wait=100ms"})
@AutoConfigureMockMvc
class FilingBurstIntegrationTest {

    static final int FILINGS = 80;
    static final int CLIENTS = 40;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;

    @Test
    void aBurstLargerThanThePoolIsAnsweredAtOnceAndFiledExactlyOnce() throws Exception {
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        AtomicInteger busyWithoutRetryAfter = new AtomicInteger();
        List<String> referralIds = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < FILINGS; i++) {
            String key = "burst-" + i;
            String child = "{\"firstName\":\"ლუკა\",\"lastName\":\"მაისურაძე\",\"personalNumber\":\"" + (20000000000L + i)
                    + "\",\"dateOfBirth\":\"2016-01-01\",\"municipality\":\"TBILISI-VAKE\"}";
            String body = referral(child, "[\"NEGLECT\"]", "\"ბავშვი მშიერია.\"", "");
            done.add(clients.submit(() -> {
                for (int attempt = 0; attempt < 200; attempt++) {
                    MockHttpServletResponse response = mvc.perform(post("/api/referrals").with(VAKE_REPORTER)
                            .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                            .andReturn().getResponse();
                    answers.merge(response.getStatus(), 1, Integer::sum);
                    if (response.getStatus() == 201) {
                        referralIds.add(com.jayway.jsonpath.JsonPath.read(response.getContentAsString(), "$.referralId"));
                        return null;
                    }
                    if (response.getStatus() == 503 && response.getHeader("Retry-After") == null) {
                        busyWithoutRetryAfter.incrementAndGet();
                    }
                    Thread.sleep(50);
                }
                throw new AssertionError(key + " was never accepted");
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        clients.shutdown();

        System.out.println("BURST answers by status: " + answers);
        assertThat(answers.keySet()).as("every answer is 201, or 503 to retry").isSubsetOf(201, 503);
        assertThat(busyWithoutRetryAfter).hasValue(0);
        assertThat(referralIds).hasSize(FILINGS).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where payloadtype = ? and aggregateidentifier in ("
                + String.join(",", referralIds.stream().map(id -> "'" + id + "'").toList()) + ")", Long.class,
                ReferralFiled.class.getName())).as("filed exactly once each").isEqualTo(FILINGS);
        assertThat(meters.find("hikaricp.connections.timeout").counters())
                .as("no filing ever waited out the connection pool")
                .allSatisfy(c -> assertThat(c.count()).isZero());
    }
}
