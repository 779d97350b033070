package ge.mimartva.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Where the next page of a list begins: the sort values of the last item of the page before, opaque to the caller
 * (base64url). A list answers its first page and, when there is more, a {@code Link: <…>; rel="next"} header
 * (RFC 8288) with this request's path and query and the cursor of the next page; following the links reaches the last
 * page, however long the list. A cursor says only where a list stands (times and record ids), never who is in it.
 */
public record PageCursor(List<String> values) {

    /** No cursor this platform makes is longer; anything longer is refused unread. */
    static final int MAX_LENGTH = 400;
    private static final String SEPARATOR = "\u001f";

    public static PageCursor of(String... values) {
        return new PageCursor(List.of(values));
    }

    public String encoded() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor sent as {@code cursor}, with {@code size} values; a cursor this platform did not make is a 400. */
    public static Optional<PageCursor> parse(String encoded, int size) {
        if (encoded == null || encoded.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (encoded.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            List<String> values = Arrays.asList(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1));
            if (values.size() != size) {
                throw new IllegalArgumentException("not this list's");
            }
            return Optional.of(new PageCursor(values));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public String value(int index) {
        return values.get(index);
    }

    public Instant instant(int index) {
        try {
            return Instant.parse(values.get(index));
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public LocalDate date(int index) {
        try {
            return LocalDate.parse(values.get(index));
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    private static InvalidRequestException invalid() {
        return new InvalidRequestException(List.of(new ProblemDetailsAdvice.FieldProblem("cursor",
                "a cursor from the Link header of the page before")));
    }

    /** The {@code Link} header's value for the next page: this request with its cursor replaced. */
    public String nextLink(HttpServletRequest request) {
        String query = request.getQueryString();
        return "<" + UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                .replaceQueryParam("cursor", encoded()).build().toUriString() + ">; rel=\"next\"";
    }
}
