package ge.mimartva.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBodyLimitFilterTest {

    final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(1024);

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedUnreadWith413NamingTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/referrals");
        request.setContent(new byte[4096]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("urn:mimartva:problem:payload-too-large", "1 KiB");
        assertThat(chain.getRequest()).as("nothing behind the filter saw the request").isNull();
    }

    @Test
    void aBodySentWithoutItsLengthFailsAsSoonAsItPassesTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/referrals") {
            @Override
            public long getContentLengthLong() {
                return -1;   // chunked: no declared length
            }
        };
        request.setContent(new byte[4096]);
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));

        InputStream body = seen.get().getInputStream();
        assertThat(body.readNBytes(1024)).hasSize(1024);
        assertThatThrownBy(body::read).isInstanceOf(RequestBodyTooLargeException.class);
    }

    @Test
    void aBodyWithinTheLimitPassesWhole() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/referrals");
        request.setContent(new byte[1024]);
        AtomicReference<byte[]> read = new AtomicReference<>();

        filter.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> read.set(req.getInputStream().readAllBytes()));

        assertThat(read.get()).hasSize(1024);
    }
}
