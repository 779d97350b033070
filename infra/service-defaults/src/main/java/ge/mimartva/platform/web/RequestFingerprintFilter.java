package ge.mimartva.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
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
        chain.doFilter(ObservedInputStream.observing(request, fingerprint::update), response);
    }
}
