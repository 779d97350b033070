package ge.mimartva.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a problem+json answer where no controller runs (a servlet filter refusing a request before it is read).
 * Same shape and problem types as {@link ProblemDetailsAdvice}; the detail is always fixed text of ours, never input.
 */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String type, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(ProblemDetailsAdvice.PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"type\":\"urn:mimartva:problem:" + type + "\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
