package ge.mimartva.platform.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ge.mimartva.http.ProblemType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the requests a service serves at once to what its connection pool can carry. A request that finds no free
 * place within {@code busyWait} is answered at once with 503 and {@code Retry-After}, instead of queueing on the pool
 * until a database timeout (which once held callers 30-60 s and starved every other request). Health and metrics
 * ({@code /actuator}) are never held back: an operator must see a saturated service.
 */
public class ServiceCapacityFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "1";

    private final Semaphore places;
    private final long waitNanos;
    private final Counter refused;

    public ServiceCapacityFilter(int maxConcurrentRequests, Duration busyWait, MeterRegistry meters) {
        this.places = new Semaphore(maxConcurrentRequests, true);
        this.waitNanos = busyWait.toNanos();
        this.refused = Counter.builder("mimartva.requests.refused").tag("reason", "busy")
                .description("API requests answered 503 because the service was at its concurrency limit")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            refused.increment();
            busy(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }

    static void busy(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        ProblemWriter.write(response, ProblemType.SERVICE_BUSY,
                "The service is at capacity; retry after " + RETRY_AFTER_SECONDS + " s.");
    }
}
