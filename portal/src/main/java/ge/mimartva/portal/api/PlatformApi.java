package ge.mimartva.portal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' APIs, called with the logged-in person's own token: the portal sees and does exactly what that
 * person may, and every service checks it again.
 */
@Component
public class PlatformApi {

    /** A refused request: its status, and each field the service named with its message (RFC 9457 {@code errors}). */
    public static final class Refused extends RuntimeException {
        private final int status;
        private final List<FieldError> errors;
        private final String because;

        Refused(int status, List<FieldError> errors) {
            this(status, errors, null);
        }

        Refused(int status, List<FieldError> errors, String because) {
            super("refused with " + status);
            this.status = status;
            this.errors = errors;
            this.because = because;
        }

        /** The rule the service named when it refused an act the law does not allow now (409, 422), if any. */
        public String because() {
            return because;
        }

        public int status() {
            return status;
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    public record FieldError(String field, String message) {
    }

    /** The status of a service that cannot serve now (busy, restarting, unreachable): try again shortly. */
    public static final int UNAVAILABLE = 503;

    private final RestClient referrals;
    private final RestClient notifications;
    private final RestClient statistics;
    private final RestClient protection;
    /** The services an administrator operates (dead letters, erasures, the history's verification), by name. */
    private final Map<String, RestClient> operated;
    private final ObjectMapper json;

    public PlatformApi(RestClient.Builder builder, ObjectMapper json,
                       @Value("${mimartva.portal.referral-service-url}") String referralService,
                       @Value("${mimartva.portal.notification-service-url}") String notificationService,
                       @Value("${mimartva.portal.statistics-service-url}") String statisticsService,
                       @Value("${mimartva.portal.victim-status-service-url}") String victimStatusService) {
        this.referrals = builder.clone().baseUrl(referralService).build();
        this.notifications = builder.clone().baseUrl(notificationService).build();
        this.statistics = builder.clone().baseUrl(statisticsService).build();
        this.protection = builder.clone().baseUrl(victimStatusService).build();
        this.operated = new LinkedHashMap<>();
        operated.put("referral-service", referrals);
        operated.put("notification-service", notifications);
        operated.put("victim-status-service", protection);
        this.json = json;
    }

    public <T> T referralsGet(String path, ParameterizedTypeReference<T> type) {
        return call(() -> referrals.get().uri(path).headers(this::authorize).retrieve().body(type));
    }

    public <T> Optional<T> referralsFind(String path, Class<T> type) {
        try {
            return Optional.ofNullable(referralsGet(path, ParameterizedTypeReference.forType(type)));
        } catch (Refused refused) {
            if (refused.status() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    /** Files a referral; sent again with the same key (after no answer), it is filed once (the service's rule). */
    public JsonNode fileReferral(Object request, String idempotencyKey) {
        return referralsPost("/api/referrals", request, idempotencyKey);
    }

    public JsonNode referralsPost(String path, Object body) {
        return referralsPost(path, body, null);
    }

    /** Acts on referral-service; {@code idempotencyKey} (may be null) makes sending a creation again safe. */
    public JsonNode referralsPost(String path, Object body, String idempotencyKey) {
        return call(() -> referrals.post().uri(path).headers(this::authorize)
                .headers(h -> { if (idempotencyKey != null) h.set("Idempotency-Key", idempotencyKey); })
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(JsonNode.class));
    }

    public <T> T notificationsGet(String path, ParameterizedTypeReference<T> type) {
        return call(() -> notifications.get().uri(path).headers(this::authorize).retrieve().body(type));
    }

    /** A page of a list, and the cursor of the page after it when there is more (the API's {@code Link} header). */
    public record ListPage<T>(List<T> items, Optional<String> next) {
    }

    /** A page of a list of victim-status-service (orders, statuses, notices). */
    public <T> ListPage<T> protectionPage(String path, ParameterizedTypeReference<List<T>> type) {
        return page(protection, path, type);
    }

    /** Acts on victim-status-service; {@code idempotencyKey} (may be null) makes sending again safe. */
    public JsonNode protectionPost(String path, Object body, String idempotencyKey) {
        return call(() -> protection.post().uri(path).headers(this::authorize)
                .headers(h -> { if (idempotencyKey != null) h.set("Idempotency-Key", idempotencyKey); })
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(JsonNode.class));
    }

    public <T> ListPage<T> notificationsPage(String path, ParameterizedTypeReference<List<T>> type) {
        return page(notifications, path, type);
    }

    public <T> ListPage<T> referralsPage(String path, ParameterizedTypeReference<List<T>> type) {
        return page(referrals, path, type);
    }

    private <T> ListPage<T> page(RestClient service, String path, ParameterizedTypeReference<List<T>> type) {
        return call(() -> {
            ResponseEntity<List<T>> answer = service.get().uri(path).headers(this::authorize).retrieve().toEntity(type);
            return new ListPage<>(answer.getBody() == null ? List.of() : answer.getBody(), nextCursor(answer.getHeaders()));
        });
    }

    /** The {@code cursor} of the {@code Link: <…>; rel="next"} header (RFC 8288), if any. */
    static Optional<String> nextCursor(HttpHeaders headers) {
        String link = headers.getFirst(HttpHeaders.LINK);
        Matcher next = link == null ? null : NEXT.matcher(link);
        return next != null && next.find()
                ? Optional.ofNullable(UriComponentsBuilder.fromUriString(next.group(1)).build().getQueryParams().getFirst("cursor"))
                : Optional.empty();
    }

    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"next\"");

    public void notificationsPost(String path) {
        call(() -> notifications.post().uri(path).headers(this::authorize).retrieve().toBodilessEntity());
    }

    /** The names of the services an administrator operates, in the order the chain runs through them. */
    public List<String> operatedServices() {
        return List.copyOf(operated.keySet());
    }

    public <T> T operatedGet(String service, String path, ParameterizedTypeReference<T> type) {
        return call(() -> operated(service).get().uri(path).headers(this::authorize).retrieve().body(type));
    }

    public JsonNode operatedPost(String service, String path, Object body) {
        return call(() -> operated(service).post().uri(path).headers(this::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(body == null ? Map.of() : body).retrieve().body(JsonNode.class));
    }

    private RestClient operated(String service) {
        RestClient client = operated.get(service);
        if (client == null) {
            throw new Refused(404, List.of());
        }
        return client;
    }

    public <T> T statisticsGet(String path, Class<T> type) {
        return call(() -> statistics.get().uri(path).headers(this::authorize).retrieve().body(type));
    }

    private void authorize(HttpHeaders headers) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            headers.setBearerAuth(token.getToken().getTokenValue());
        }
    }

    /**
     * A service's refusal as {@link Refused}. A service that is busy, restarting or unreachable (503, or 502/504 from
     * in between, or no answer at all) is one thing to the person: {@link #UNAVAILABLE}, try again shortly.
     */
    private <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpStatusCodeException e) {
            int status = e.getStatusCode().value();
            throw new Refused(status == 502 || status == 504 ? UNAVAILABLE : status,
                    fieldErrors(e.getResponseBodyAsByteArray()),
                    status == 409 || status == 422 ? detail(e.getResponseBodyAsByteArray()) : null);
        } catch (ResourceAccessException noAnswer) {
            throw new Refused(UNAVAILABLE, List.of());
        }
    }

    /** The problem's {@code detail}: the service's reason, written for people, with no personal data in it. */
    private String detail(byte[] problem) {
        try {
            JsonNode body = json.readTree(problem);
            return body == null || !body.hasNonNull("detail") ? null : body.get("detail").asText();
        } catch (IOException notJson) {
            return null;
        }
    }

    private List<FieldError> fieldErrors(byte[] problem) {
        List<FieldError> errors = new ArrayList<>();
        try {
            JsonNode body = json.readTree(problem);
            if (body != null) {
                body.path("errors").forEach(e -> errors.add(new FieldError(e.path("field").asText(), e.path("message").asText())));
            }
        } catch (IOException notJson) {
            // no field errors to show
        }
        return errors;
    }
}
