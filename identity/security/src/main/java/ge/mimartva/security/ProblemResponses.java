package ge.mimartva.security;

import jakarta.servlet.http.HttpServletResponse;
import ge.mimartva.http.ProblemType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** 401 and 403 as RFC 9457 problem details, like every other error of the platform. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, ProblemType.UNAUTHENTICATED, "A valid access token of the Mimartva realm is required.");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) ->
                write(response, ProblemType.FORBIDDEN, "Your role does not allow this action.");
    }

    private static void write(HttpServletResponse response, ProblemType type, String detail) throws IOException {
        response.setStatus(type.status().value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(type.json(detail));
    }
}
