package ge.mimartva.platform.web;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceCapacityFilterTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final ServiceCapacityFilter filter = new ServiceCapacityFilter(1, Duration.ofMillis(200), meters);

    @Test
    void aRequestBeyondCapacityIsToldToRetryWithinTheWaitNotHeld() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                filter.doFilter(new MockHttpServletRequest("POST", "/api/referrals"), new MockHttpServletResponse(),
                        (req, res) -> {
                            inside.countDown();
                            try {
                                release.await(5, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = new MockHttpServletResponse();
        long started = System.nanoTime();
        filter.doFilter(new MockHttpServletRequest("POST", "/api/referrals"), refused, (req, res) -> {
            throw new AssertionError("must not be served while the service is at capacity");
        });
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentAsString()).contains("urn:mimartva:problem:service-busy");
        assertThat(waitedMillis).isBetween(150L, 3000L);
        assertThat(meters.counter("mimartva.requests.refused", "reason", "busy").count()).isEqualTo(1);

        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        MockHttpServletResponse served = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("POST", "/api/referrals"), served, (req, res) -> { });
        assertThat(served.getStatus()).as("the place is given back").isEqualTo(200);
    }

    @Test
    void healthIsAnsweredEvenAtCapacity() throws Exception {
        ServiceCapacityFilter full = new ServiceCapacityFilter(0, Duration.ofMillis(10), meters);
        MockHttpServletResponse response = new MockHttpServletResponse();

        full.doFilter(new MockHttpServletRequest("GET", "/actuator/health/readiness"), response, (req, res) -> { });

        assertThat(response.getStatus()).isEqualTo(200);
    }
}
