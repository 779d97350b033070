package ge.mimartva.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import ge.mimartva.http.ProblemType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a problem+json answer where no controller runs (a servlet filter refusing a request before it is read).
 * Same shape and problem types as {@link ProblemDetailsAdvice}; the detail is always fixed text of ours, never input.
 */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void write(HttpServletResponse response, ProblemType type, String detail) throws IOException {
        response.setStatus(type.status().value());
        response.setContentType(ProblemDetailsAdvice.PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(type.json(detail));
    }
}
