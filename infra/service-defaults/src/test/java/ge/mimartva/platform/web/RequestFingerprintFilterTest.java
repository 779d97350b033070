package ge.mimartva.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFingerprintFilterTest {

    private String fingerprintOf(String body, String key) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/referrals");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        if (key != null) {
            request.addHeader(RequestFingerprintFilter.IDEMPOTENCY_KEY, key);
        }
        String[] read = new String[1];
        new RequestFingerprintFilter().doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest r, jakarta.servlet.ServletResponse s) throws java.io.IOException {
                ((HttpServletRequest) r).getInputStream().readAllBytes();
                RequestFingerprint fingerprint = (RequestFingerprint) r.getAttribute(RequestFingerprint.ATTRIBUTE);
                read[0] = fingerprint == null ? null : fingerprint.hex();
            }
        });
        return read[0];
    }

    @Test
    void theSameBodyHasTheSameFingerprintAndAnotherBodyAnother() throws Exception {
        String first = fingerprintOf("{\"concerns\":[\"PHYSICAL\"]}", "k-1");

        assertThat(first).hasSize(64).isEqualTo(fingerprintOf("{\"concerns\":[\"PHYSICAL\"]}", "k-1"));
        assertThat(fingerprintOf("{\"concerns\":[\"NEGLECT\"]}", "k-1")).isNotEqualTo(first);
    }

    @Test
    void aRequestWithoutAKeyIsNotFingerprinted() throws Exception {
        assertThat(fingerprintOf("{}", null)).isNull();
    }
}
