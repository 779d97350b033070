package ge.mimartva.notification.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.notification.delivery.DeliveryJobs;
import ge.mimartva.notification.delivery.WebhookTargets;
import ge.mimartva.platform.web.InvalidRequestException;
import ge.mimartva.platform.web.PlatformAccess;
import ge.mimartva.platform.web.ProblemDetailsAdvice.FieldProblem;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The integrators' API: the feed of integration events as CloudEvents with a cursor, and webhook subscriptions to it.
 * Both are limited to the event types the integrator's client may see ({@link IntegratorAccess}).
 */
@RestController
@RequestMapping("/api/integration")
public class IntegrationFeedController {

    /** A page of the feed; {@code next} is the cursor to ask {@code after} next time. */
    public record FeedPage(List<Map<String, Object>> events, String next) {
    }

    public record SubscriptionRequest(String url, List<String> eventTypes) {
    }

    /** A subscription as listed; the secret is given only once, when it is created. */
    public record SubscriptionView(String subscriptionId, String url, Set<String> eventTypes, String secret) {
    }

    private static final Map<String, Object> ASYNC_API = AsyncApiDocument.of(AsyncApiDocument.published());

    private final IntegrationFeed feed;
    private final IntegratorAccess access;
    private final Subscriptions subscriptions;
    private final DeliveryJobs jobs;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final WebhookTargets targets;
    private final int maxSubscriptions;
    private final SecureRandom random = new SecureRandom();

    public IntegrationFeedController(IntegrationFeed feed, IntegratorAccess access, Subscriptions subscriptions,
                                     DeliveryJobs jobs, ObjectMapper mapper, Clock clock, WebhookTargets targets,
                                     @Value("${mimartva.integration.max-subscriptions:10}") int maxSubscriptions) {
        this.feed = feed;
        this.access = access;
        this.subscriptions = subscriptions;
        this.jobs = jobs;
        this.mapper = mapper;
        this.clock = clock;
        this.targets = targets;
        this.maxSubscriptions = maxSubscriptions;
    }

    @GetMapping("/events")
    public ResponseEntity<FeedPage> events(@RequestParam(defaultValue = "0") String after,
                                           @RequestParam(defaultValue = "100") int limit) {
        Actor integrator = integrator();
        long cursor = cursor(after);
        List<FeedEntry> entries = feed.after(cursor, Math.max(1, Math.min(limit, 500)),
                access.grantsOf(integrator.body()));
        String next = entries.isEmpty() ? String.valueOf(cursor) : String.valueOf(entries.get(entries.size() - 1).position());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new FeedPage(entries.stream().map(e -> CloudEvents.of(e, mapper)).toList(), next));
    }

    /**
     * The AsyncAPI document: to an integrator's client, of the event types its grants cover; to anyone else
     * authenticated (the platform's own staff), of every integration event.
     */
    @GetMapping("/asyncapi")
    public Map<String, Object> asyncApi() {
        Actor actor = CurrentActor.get();
        if (!IntegratorAccess.isIntegrator(actor)) {
            return ASYNC_API;
        }
        Set<String> types = access.eventTypesOf(actor.body());
        return AsyncApiDocument.of(AsyncApiDocument.published().stream()
                .filter(c -> types.contains(c.source() + "." + c.type())).toList());
    }

    @PostMapping("/subscriptions")
    public ResponseEntity<SubscriptionView> subscribe(@RequestBody SubscriptionRequest request) {
        Actor integrator = integrator();
        List<FieldProblem> problems = new ArrayList<>();
        if (request.url() == null || !targets.acceptable(request.url())) {
            problems.add(new FieldProblem("url", targets.allowsLocal() ? "must be an http(s) URL"
                    : "must be an https URL, on port 443 or 8443, of a host whose every address is public"));
        }
        if (subscriptions.of(integrator.body()).size() >= maxSubscriptions) {
            problems.add(new FieldProblem("url", "your client has " + maxSubscriptions
                    + " subscriptions, the most it may have: remove one first"));
        }
        Set<String> allowed = access.eventTypesOf(integrator.body());
        if (request.eventTypes() == null || request.eventTypes().isEmpty()) {
            problems.add(new FieldProblem("eventTypes", "must name at least one event type"));
        } else if (!allowed.containsAll(request.eventTypes())) {
            problems.add(new FieldProblem("eventTypes", "names event types your client may not see"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        Subscriptions.Subscription s = new Subscriptions.Subscription(UUID.randomUUID().toString(), integrator.body(),
                request.url(), new TreeSet<>(request.eventTypes()), HexFormat.of().formatHex(secret), clock.instant());
        subscriptions.add(s);
        return ResponseEntity.status(201).cacheControl(CacheControl.noStore())
                .body(new SubscriptionView(s.subscriptionId(), s.url(), s.eventTypes(), s.secret()));
    }

    @GetMapping("/subscriptions")
    public List<SubscriptionView> subscriptions() {
        return subscriptions.of(integrator().body()).stream()
                .map(s -> new SubscriptionView(s.subscriptionId(), s.url(), s.eventTypes(), null)).toList();
    }

    @DeleteMapping("/subscriptions/{subscriptionId}")
    public ResponseEntity<Void> unsubscribe(@PathVariable UUID subscriptionId) {
        if (!subscriptions.remove(subscriptionId.toString(), integrator().body())) {
            throw new RecordNotFoundException("subscription");
        }
        jobs.cancelPending(subscriptionId + ":");
        return ResponseEntity.noContent().build();
    }

    private static Actor integrator() {
        return PlatformAccess.withAnyRole("The integration API is for integrators' clients.", Role.INTEGRATOR);
    }

    private static long cursor(String after) {
        try {
            long cursor = Long.parseLong(after);
            if (cursor >= 0) {
                return cursor;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException(List.of(new FieldProblem("after", "must be a cursor this API returned")));
    }
}
