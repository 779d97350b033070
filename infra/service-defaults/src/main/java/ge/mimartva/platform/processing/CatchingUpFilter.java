package ge.mimartva.platform.processing;

import ge.mimartva.platform.web.ProblemWriter;
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
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A read is not answered from read models still being rebuilt: after a start (the embedded read models are rebuilt
 * from the event store at every start), or after a projection's replay (an administrator's, or every projection's
 * after an erasure). Measured: statistics-service killed and restarted on the bench stack answered the statistics
 * page with zero referrals of ten thousand for the seconds of its rebuild; a reporter was told "no such referral" for
 * its own while an erasure rebuilt referral-service's read models. Until the read models are built again, an API
 * read waits up to {@code patience} and is then answered 503 with {@code Retry-After}. Commands pass: they are decided
 * on the event store, not on read models. After a start readiness says the same to a load balancer
 * ({@link EventProcessorsHealth}); this is for callers that reach the instance without one (the local stack, the
 * portal's calls), and for rebuilds, which leave readiness as it is.
 */
public class CatchingUpFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "2";
    private static final long POLL_MILLIS = 50;

    private final EventProcessorsHealth processors;
    private final long patienceMillis;
    private final Counter refused;
    /** Held for reading by every read answered from the read models, for writing only to wait for them to end. */
    private final ReadWriteLock reads = new ReentrantReadWriteLock();

    public CatchingUpFilter(EventProcessorsHealth processors, Duration patience, MeterRegistry meters) {
        this.processors = processors;
        this.patienceMillis = patience.toMillis();
        this.refused = Counter.builder("mimartva.requests.refused").tag("reason", "catching-up")
                .description("API reads answered 503 because the read models were still being rebuilt")
                .register(meters);
    }

    /**
     * Only API reads wait. An operator's endpoints ({@code /api/admin/}) read the event store and the database, never a
     * read model, and are wanted most during a rebuild: its progress, its dead letters, the history's verification.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"GET".equals(request.getMethod()) || !path.startsWith("/api/") || path.startsWith("/api/admin/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long giveUpAt = System.currentTimeMillis() + patienceMillis;
        do {
            reads.readLock().lock();
            try {
                if (processors.readModelsBuilt()) {
                    chain.doFilter(request, response);
                    return;
                }
            } finally {
                reads.readLock().unlock();
            }
        } while (System.currentTimeMillis() < giveUpAt && pause());
        refused.increment();
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        ProblemWriter.write(response, ProblemType.CATCHING_UP,
                "The service is rebuilding its records; retry after " + RETRY_AFTER_SECONDS + " s.");
    }

    /**
     * The projection's read model is about to be cleared and rebuilt: reads wait for it from now on, and this returns
     * once every read that found the read models built has ended. A read that began before would otherwise find the
     * record gone (seen: one read in 227 answered 404 while a thousand referrals' read model was rebuilt).
     */
    public void rebuilding(String processingGroup) {
        processors.rebuilding(processingGroup);
        reads.writeLock().lock();
        reads.writeLock().unlock();
    }

    private static boolean pause() {
        try {
            Thread.sleep(POLL_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
