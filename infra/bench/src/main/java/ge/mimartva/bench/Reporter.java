package ge.mimartva.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A school's reporter filing referrals through the gateway with a real token, as its client would: each referral is
 * about a child the platform has not seen, carries its own Idempotency-Key, and is sent again with the same key after
 * a refusal that says to retry (429, 502, 503, 504, or no answer) until it is accepted or the patience runs out.
 */
final class Reporter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "school.vake";
    private static final String BODY = "SCH-TBILISI-VAKE-051";
    static final List<String> SOME_MUNICIPALITIES = List.of("TBILISI-VAKE", "TBILISI-SABURTALO", "BATUMI", "KUTAISI",
            "RUSTAVI", "GORI", "ZUGDIDI", "TELAVI");

    /** One referral, from its first attempt until it is accepted (or given up). */
    static final class Filing {
        final String key = UUID.randomUUID().toString();
        final boolean immediateDanger;
        /** The same bytes at every attempt: a retry is the same request (another body under the key is refused, 422). */
        final String body;
        final Instant firstAttempt = Instant.now();
        volatile String referralId;
        volatile Instant acceptedAt;
        volatile long lastLatencyMillis;
        volatile int lastStatus = -1;
        volatile String lastProblem;
        volatile long lastAnswerAt;
        final AtomicLong attempts = new AtomicLong();
        final Map<Integer, Long> answers = new ConcurrentHashMap<>();

        Filing(boolean immediateDanger, String body) {
            this.immediateDanger = immediateDanger;
            this.body = body;
        }

        boolean accepted() {
            return referralId != null;
        }
    }

    private final Stack stack;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(16)).build();
    private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
    private final Duration patience;
    private volatile String token;
    private volatile long tokenExpiresAt;
    private final AtomicLong sequence = new AtomicLong();
    /** Every answer, in the order they came: when (epoch ms) and the status (0: no answer). */
    final java.util.Queue<long[]> answers = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private final List<String> municipalities;

    Reporter(Stack stack, Duration patience) {
        this(stack, patience, SOME_MUNICIPALITIES);
    }

    /** A reporter whose referrals are about children of these municipalities, chosen at random. */
    Reporter(Stack stack, Duration patience, List<String> municipalities) {
        this.stack = stack;
        this.patience = patience;
        this.municipalities = List.copyOf(municipalities);
    }

    /** Files {@code count} referrals at {@code perSecond} (open loop: the schedule does not wait for answers). */
    List<Filing> fileAtRate(double perSecond, int count) {
        AtomicInteger left = new AtomicInteger(count);
        return fileWhile(perSecond, () -> left.getAndDecrement() > 0);
    }

    /** Files referrals at the rate for as long as {@code goOn} says so. */
    List<Filing> fileWhile(double perSecond, BooleanSupplier goOn) {
        List<Filing> filings = new ArrayList<>();
        List<CompletableFuture<Void>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; goOn.getAsBoolean(); i++) {
            long due = start + (long) (i * 1_000_000_000L / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                sleepNanos(wait);
            }
            Filing filing = newFiling();
            filings.add(filing);
            done.add(attempt(filing));
        }
        done.forEach(CompletableFuture::join);
        return filings;
    }

    /** Files {@code count} referrals all at once. */
    List<Filing> burst(int count) {
        List<Filing> filings = new ArrayList<>();
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Filing filing = newFiling();
            filings.add(filing);
            done.add(attempt(filing));
        }
        done.forEach(CompletableFuture::join);
        return filings;
    }

    /** One referral in four about a child in immediate danger. */
    private Filing newFiling() {
        boolean immediateDanger = sequence.incrementAndGet() % 4 == 0;
        return new Filing(immediateDanger, referral(immediateDanger));
    }

    private CompletableFuture<Void> attempt(Filing filing) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        send(filing, result);
        return result;
    }

    private void send(Filing filing, CompletableFuture<Void> result) {
        try {
            sendOnce(filing, result);
        } catch (RuntimeException e) {   // no token (Keycloak down): try again later, like any refusal
            answers.add(new long[]{System.currentTimeMillis(), 0});
            clock.schedule(() -> send(filing, result), 500, TimeUnit.MILLISECONDS);
        }
    }

    private void sendOnce(Filing filing, CompletableFuture<Void> result) {
        long sent = System.nanoTime();
        filing.attempts.incrementAndGet();
        // A client given several gateway addresses tries the next one at each attempt, so a dead one costs a retry.
        List<String> gateways = stack.gateways();
        String gateway = gateways.get((int) (filing.attempts.get() % gateways.size()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/referrals"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", filing.key)
                .POST(HttpRequest.BodyPublishers.ofString(filing.body)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            int status = failure != null ? 0 : response.statusCode();
            filing.answers.merge(status, 1L, Long::sum);
            filing.lastStatus = status;
            filing.lastAnswerAt = System.currentTimeMillis();
            if (status != 201) {
                filing.lastProblem = failure != null ? failure.getClass().getSimpleName()
                        : response.headers().firstValue("Location").map(l -> "Location: " + l + " ").orElse("")
                        + response.body().substring(0, Math.min(300, response.body().length()));
            }
            answers.add(new long[]{System.currentTimeMillis(), status});
            if (status == 201) {
                filing.lastLatencyMillis = (System.nanoTime() - sent) / 1_000_000;
                filing.acceptedAt = Instant.now();
                filing.referralId = readId(response.body());
                result.complete(null);
            } else if ((status == 0 || status == 429 || status == 502 || status == 503 || status == 504)
                    && Duration.between(filing.firstAttempt, Instant.now()).compareTo(patience) < 0) {
                long delay = response == null ? 500 : response.headers().firstValue("Retry-After")
                        .map(s -> Long.parseLong(s) * 1000).orElse(250L);
                clock.schedule(() -> send(filing, result), delay, TimeUnit.MILLISECONDS);
            } else {
                result.complete(null);   // refused for good (or patience ran out): counted as not accepted
            }
        });
    }

    private static String readId(String body) {
        try {
            return JSON.readTree(body).get("referralId").asText();
        } catch (Exception e) {
            throw new IllegalStateException("a 201 without a referral id", e);
        }
    }

    private String referral(boolean immediateDanger) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String personalNumber = String.valueOf(30_000_000_000L + random.nextLong(60_000_000_000L));
        String municipality = municipalities.get(random.nextInt(municipalities.size()));
        return "{\"reportingBody\":\"" + BODY + "\",\"child\":{\"firstName\":\"ნინო\",\"lastName\":\"ბენჩიძე\","
                + "\"personalNumber\":\"" + personalNumber + "\",\"dateOfBirth\":\"2015-03-14\",\"municipality\":\""
                + municipality + "\"},\"concerns\":[\"PHYSICAL\",\"PSYCHOLOGICAL\"],"
                + "\"description\":\"ბავშვს ხელზე სისხლჩაქცევები აქვს და ამბობს, რომ სახლში ეშინია.\","
                + "\"immediateDanger\":" + immediateDanger + "}";
    }

    /** A real access token of the demo reporter, renewed before it expires. */
    private String token() {
        if (token == null || System.currentTimeMillis() > tokenExpiresAt) {
            synchronized (this) {
                if (token == null || System.currentTimeMillis() > tokenExpiresAt) {
                    JsonNode answer = tokenOf(USER);
                    token = answer.get("access_token").asText();
                    tokenExpiresAt = System.currentTimeMillis() + answer.get("expires_in").asLong() * 1000 - 60_000;
                }
            }
        }
        return token;
    }

    JsonNode tokenOf(String user) {
        String form = "client_id=mimartva-test&grant_type=password&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=mimartva-demo";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(stack.keycloak() + "/realms/mimartva/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + user + ": HTTP " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("no token for " + user, e);
        }
    }

    HttpClient http() {
        return http;
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
