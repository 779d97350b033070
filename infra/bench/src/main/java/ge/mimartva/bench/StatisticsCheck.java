package ge.mimartva.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.reference.Territory;
import ge.mimartva.reference.TerritoryDirectory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./mimartva statistics}: a history of at least 10,000 referrals across every municipality is filed through the
 * gateway; then the statistics are asked for as the ministry's analyst, timed (the API's tables, and the portal's
 * statistics page, which draws four of them), and compared with the same figures counted directly in referral-service's
 * event store: the referrals filed per municipality must be equal wherever the service shows the count.
 */
final class StatisticsCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANALYST = "analyst.ministry";
    /** Statistics pages asked at once by the worst caller (each asks the service for four tables). */
    private static final int BURST = 40;

    private final Stack stack;
    private final EventStores stores;
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    StatisticsCheck(Stack stack, EventStores stores) {
        this.stack = stack;
        this.stores = stores;
    }

    Map<String, String> run(int referrals, double rate) throws Exception {
        List<String> municipalities = TerritoryDirectory.bundled().all().stream().map(Territory::municipalityCode).toList();
        Reporter reporter = new Reporter(stack, Duration.ofMinutes(10), municipalities);
        Bench.say("statistics: filing " + referrals + " referrals across " + municipalities.size() + " municipalities at "
                + rate + "/s");
        long accepted = reporter.fileAtRate(rate, referrals).stream().filter(Reporter.Filing::accepted).count();
        row("referrals filed (accepted) across municipalities", accepted + " across " + municipalities.size());

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tbilisi"));
        String period = "from=" + today.minusDays(1) + "&to=" + today.plusDays(2);
        String token = reporter.tokenOf(ANALYST).get("access_token").asText();
        long caughtUpBy = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (total(get("/api/statistics/referrals?" + period, token)) < accepted && System.nanoTime() < caughtUpBy) {
            Thread.sleep(1000);
        }

        Map<String, Long> direct = filedPerMunicipality();
        JsonNode table = get("/api/statistics/referrals?by=municipality&" + period, token);
        int compared = 0;
        int withheld = 0;
        List<String> differences = new ArrayList<>();
        for (JsonNode row : table.get("rows")) {
            JsonNode filed = row.get("cells").get(0);
            if (filed.get("withheld").asBoolean()) {
                withheld++;
                continue;
            }
            compared++;
            long expected = direct.getOrDefault(row.get("key").asText(), 0L);
            if (expected != filed.get("value").asLong()) {
                differences.add(row.get("key").asText() + ": " + filed.get("value").asLong() + " against " + expected);
            }
        }
        long directTotal = direct.values().stream().mapToLong(Long::longValue).sum();
        row("per municipality: compared with the event store / withheld / different", compared + " / " + withheld + " / "
                + differences.size() + (differences.isEmpty() ? "" : " " + differences));
        row("total filed: statistics-service / referral-service's event store", (long) total(table) + " / " + directTotal);

        for (String figure : List.of("referrals?by=municipality", "timeliness?by=unit", "clocks?by=unit",
                "notifications?by=recipientBody")) {
            row("answer of /api/statistics/" + figure + ": median / slowest of 10 (ms)",
                    Timings.medianAndSlowestOf10(() -> get("/api/statistics/" + figure + "&" + period, token)));
        }
        // The page asks its tables as of the second it is asked (to the second): loads within one second share one
        // read of the period. Each load below is 1.1 s after the last, so each makes a fresh read of its own.
        row("answer of the portal's statistics page (four tables, charts), each with a fresh read: median / slowest of 10 (ms)",
                Timings.medianAndSlowestOf10Timed(() -> {
                    Thread.sleep(1_100);
                    long start = System.nanoTime();
                    page("/portal/statistics", token);
                    return (System.nanoTime() - start) / 1_000_000;
                }));
        pushed(token, period, accepted);
        return figures;
    }

    /**
     * The worst caller: requests no analyst would send, a burst of pages at once, and statistics-service killed with
     * SIGKILL in the middle of another burst. Each must be answered (4xx for a bad request, the page or 503 with
     * Retry-After under load), and nothing counted may be lost.
     */
    private void pushed(String token, String period, long accepted) throws Exception {
        Map<String, String> malformed = new LinkedHashMap<>();
        malformed.put("a cut of 4,000 characters", "/api/statistics/referrals?by=" + "x".repeat(4_000));
        malformed.put("a date that is not one", "/api/statistics/referrals?from=yesterday");
        malformed.put("a period of 50 years", "/api/statistics/referrals?from=2000-01-01&to=2050-01-01");
        malformed.put("an asOf that is not an instant", "/api/statistics/referrals?asOf=soon");
        malformed.put("a figure that does not exist", "/api/statistics/salaries");
        malformed.put("a query of 64 KiB", "/api/statistics/referrals?by=" + "y".repeat(65_536));
        for (Map.Entry<String, String> bad : malformed.entrySet()) {
            row("malformed: " + bad.getKey() + ": status", status(bad.getValue(), token));
        }

        row("burst of " + BURST + " statistics pages at once: 200 / 503 with Retry-After / other; slowest (ms)",
                burst(token, null));
        long[] killedAt = new long[1];
        row("burst of " + BURST + " pages, statistics-service SIGKILLed 0.5 s in: 200 / 503 with Retry-After / other; slowest (ms)",
                burst(token, () -> {
                    killedAt[0] = System.nanoTime();
                    stack.run(Duration.ofSeconds(30), "service-kill", "statistics-service");
                }));
        long givenUpAt = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!status("/portal/statistics", token).equals("200") && System.nanoTime() < givenUpAt) {
            Thread.sleep(200);
        }
        row("after the kill: the page answers again (s after the kill)", String.format("%.1f", (System.nanoTime() - killedAt[0]) / 1e9));
        row("after the kill: referrals counted / accepted", (long) total(get("/api/statistics/referrals?" + period, token))
                + " / " + accepted);
    }

    /** {@value #BURST} pages asked at once (the fault, if any, 0.5 s in); how each was answered, and the slowest. */
    private String burst(String token, Timings.Call fault) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(BURST);
        try {
            List<Future<long[]>> pages = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                pages.add(callers.submit(() -> {
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(request("/portal/statistics", token),
                            HttpResponse.BodyHandlers.ofString());
                    boolean toldToRetry = response.statusCode() == 503
                            && response.headers().firstValue("Retry-After").isPresent();
                    return new long[]{response.statusCode(), toldToRetry ? 1 : 0, (System.nanoTime() - start) / 1_000_000};
                }));
            }
            if (fault != null) {
                Thread.sleep(500);
                fault.run();
            }
            int ok = 0;
            int retry = 0;
            List<String> other = new ArrayList<>();
            long slowest = 0;
            for (Future<long[]> page : pages) {
                try {
                    long[] answer = page.get(2, TimeUnit.MINUTES);
                    if (answer[0] == 200) {
                        ok++;
                    } else if (answer[1] == 1) {
                        retry++;
                    } else {
                        other.add(String.valueOf(answer[0]));
                    }
                    slowest = Math.max(slowest, answer[2]);
                } catch (ExecutionException noAnswer) {
                    other.add("no answer");
                }
            }
            return ok + " / " + retry + " / " + other.size() + (other.isEmpty() ? "" : " " + other) + "; " + slowest;
        } finally {
            callers.shutdownNow();
        }
    }

    /** The status answered, or "no answer" when the connection closed without one. */
    private String status(String path, String token) throws InterruptedException {
        try {
            return String.valueOf(http.send(request(path, token), HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (java.io.IOException noAnswer) {
            return "no answer";
        }
    }

    private HttpRequest request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(stack.gateway() + path)).timeout(Duration.ofSeconds(90))
                .header("Authorization", "Bearer " + token).build();
    }

    private static double total(JsonNode table) {
        JsonNode cell = table.get("total").get("cells").get(0);
        return cell.get("withheld").asBoolean() ? 0 : cell.get("value").asDouble();
    }

    private Map<String, Long> filedPerMunicipality() {
        Map<String, Long> counts = new HashMap<>();
        stores.forEachRow("referral", "select convert_from(payload, 'UTF8')::jsonb -> 'child' ->> 'municipality', count(*) "
                + "from domainevententry where payloadtype = 'ge.mimartva.referral.command.ReferralFiled' group by 1",
                rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }





    private JsonNode get(String path, String token) throws Exception {
        return JSON.readTree(send(path, token));
    }

    private void page(String path, String token) throws Exception {
        String body = send(path, token);
        if (!body.contains("<svg")) {
            throw new IllegalStateException("the statistics page has no chart");
        }
    }

    private String send(String path, String token) throws Exception {
        HttpResponse<String> response = http.send(request(path, token), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private void row(String what, String value) {
        figures.put(what, value);
        Bench.say(String.format("  %-100s %s", what, value));
    }
}
