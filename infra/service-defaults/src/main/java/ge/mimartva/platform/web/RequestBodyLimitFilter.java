package ge.mimartva.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ge.mimartva.http.ProblemType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses a request body over {@link RequestLimits#maxBodySize()} with 413 problem+json: at once when its declared
 * length says so, and as soon as it grows past the limit when it is sent without one (the reader then fails with
 * {@link RequestBodyTooLargeException}, which {@link ProblemDetailsAdvice} answers with the same 413). Nothing of such
 * a body is kept in memory beyond the limit, and nothing of it is recorded.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long limit;

    public RequestBodyLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            // The connection is closed after the answer: the rest of a huge body is not read just to be thrown away.
            response.setHeader("Connection", "close");
            ProblemWriter.write(response, ProblemType.PAYLOAD_TOO_LARGE, tooLarge(limit));
            return;
        }
        chain.doFilter(ObservedInputStream.observing(request, new BodyLimit(limit)), response);
    }

    static String tooLarge(long limit) {
        return "The request body is larger than the limit of " + limit / 1024 + " KiB.";
    }

    /** Counts the body as it is read, and stops it as soon as it passes the limit. */
    private static final class BodyLimit implements ObservedInputStream.Observer {

        private final long limit;
        private long read;

        BodyLimit(long limit) {
            this.limit = limit;
        }

        @Override
        public void seen(byte[] buffer, int offset, int length) throws RequestBodyTooLargeException {
            read += length;
            if (read > limit) {
                throw new RequestBodyTooLargeException(limit);
            }
        }
    }
}
