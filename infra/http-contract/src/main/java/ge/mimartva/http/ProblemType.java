package ge.mimartva.http;

import org.springframework.http.HttpStatus;

import java.net.URI;

/**
 * The catalogue of the platform's problem types (RFC 9457): every refusal, from the gateway or a service, is one of
 * these, as {@code application/problem+json} with {@code type} {@code urn:mimartva:problem:<name>}, its title, its
 * status and a detail of our own words (never the request's content). The OpenAPI documents of the services list it.
 */
public enum ProblemType {

    /** A field or parameter is not valid; {@code errors} names each one. */
    VALIDATION("validation", HttpStatus.BAD_REQUEST, "Invalid request"),
    /** No valid access token of the realm (nor a login session at the gateway). */
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Not authenticated"),
    /** The caller's role or body may not do this. */
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),
    /** No such resource, or none the caller may know of. */
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    /** The record's state, or the law, does not allow this action now; nothing was recorded. */
    RULE_VIOLATED("rule-violated", HttpStatus.CONFLICT, "Not allowed now"),
    /** The record changed since the caller saw it; {@code currentVersion} says to what. */
    STALE_VERSION("stale-version", HttpStatus.CONFLICT, "Changed since seen"),
    /** The body, or what it would record, is over the limit. */
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "Too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    /** The {@code Idempotency-Key} was used before for a different request. */
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency key reused"),
    /** A caller's quota of a kind of request is used up; {@code Retry-After} says when it renews. */
    QUOTA_EXCEEDED("quota-exceeded", HttpStatus.TOO_MANY_REQUESTS, "Quota exceeded"),
    /** Too many requests from one caller at the gateway; {@code Retry-After} says when to try again. */
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    /** A fault of ours; the detail names an incident id for the operators. */
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
    /** At capacity, or a dependency is not reachable: the same request may be sent again after {@code Retry-After}. */
    SERVICE_BUSY("service-busy", HttpStatus.SERVICE_UNAVAILABLE, "Busy, try again"),
    /** The service is rebuilding its read models after a start; retry after {@code Retry-After}. */
    CATCHING_UP("catching-up", HttpStatus.SERVICE_UNAVAILABLE, "Catching up, try again");

    private static final String URN_PREFIX = "urn:mimartva:problem:";

    private final String name;
    private final HttpStatus status;
    private final String title;

    ProblemType(String name, HttpStatus status, String title) {
        this.name = name;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(URN_PREFIX + name);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The whole problem as JSON, where no framework writes it (a filter, a security handler). */
    public String json(String detail) {
        return "{\"type\":\"" + URN_PREFIX + name + "\",\"title\":\"" + escaped(title) + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + escaped(detail) + "\"}";
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
