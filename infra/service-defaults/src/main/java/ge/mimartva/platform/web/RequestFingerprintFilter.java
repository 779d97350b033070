package ge.mimartva.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Fingerprints the body of every request sent with an {@code Idempotency-Key} as it is read ({@link RequestFingerprint}). */
public class RequestFingerprintFilter extends OncePerRequestFilter {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(IDEMPOTENCY_KEY) == null) {
            chain.doFilter(request, response);
            return;
        }
        RequestFingerprint fingerprint = new RequestFingerprint();
        request.setAttribute(RequestFingerprint.ATTRIBUTE, fingerprint);
        chain.doFilter(new FingerprintedRequest(request, fingerprint), response);
    }

    private static final class FingerprintedRequest extends HttpServletRequestWrapper {

        private final RequestFingerprint fingerprint;
        private ServletInputStream observed;

        FingerprintedRequest(HttpServletRequest request, RequestFingerprint fingerprint) {
            super(request);
            this.fingerprint = fingerprint;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (observed == null) {
                observed = new ObservedInputStream(super.getInputStream()) {
                    @Override
                    protected void seen(byte[] buffer, int offset, int length) {
                        fingerprint.update(buffer, offset, length);
                    }
                };
            }
            return observed;
        }
    }
}
