package ge.mimartva.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ./mimartva bench}: measures a fresh bench stack and prints a table, also written into docs/benchmarks.md
 * between its markers. Every latency of the chain is taken from the event stores' own timestamps (filed in
 * referral-service, N1 issued in notification-service), never by polling.
 */
public final class Bench {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Stack stack;
    private final EventStores stores;
    private final Reporter reporter;
    private final Map<String, String> table = new LinkedHashMap<>();

    Bench(Stack stack, Duration patience) {
        this.stack = stack;
        this.stores = new EventStores(stack);
        this.reporter = new Reporter(stack, patience);
    }

    /**
     * Runs the bench or the soak, then exits: the client's thread pools would otherwise keep the JVM alive, and
     * {@code ./mimartva bench|soak} would never take its stack down (seen: stacks left running after a soak).
     */
    public static void main(String[] args) {
        try {
            measure(args);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void measure(String[] args) throws Exception {
        Path root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
        String mode = args.length > 0 ? args[0] : "bench";
        if (mode.equals("statistics")) {
            Stack stack = new Stack(root, "bench");
            Map<String, String> figures = new StatisticsCheck(stack, new EventStores(stack)).run(
                    Integer.parseInt(System.getProperty("statistics.referrals", "10000")),
                    Double.parseDouble(System.getProperty("statistics.rate", "20")));
            write(root, "statistics", figures, "Statistics over a generated history");
            return;
        }
        if (mode.equals("lists")) {
            Map<String, String> figures = new ListsCheck(new Stack(root, "bench")).run(
                    Integer.parseInt(System.getProperty("lists.referrals", "5000")),
                    Double.parseDouble(System.getProperty("lists.rate", "20")));
            write(root, "lists", figures, "Long lists: one body's inbox of thousands");
            return;
        }
        if (mode.equals("cpu")) {
            // An A/B check against a stack already up (infra/local/stack.sh bench up): one 50/s phase after a
            // settled warm-up, its CPU per referral by part. Not written to docs/benchmarks.md.
            Bench bench = new Bench(new Stack(root, "bench"), Duration.ofMinutes(3));
            bench.cpu(Integer.parseInt(System.getProperty("cpu.rate", "50")));
            return;
        }
        boolean replicas = mode.equals("replicas");
        Stack stack = new Stack(root, replicas ? "replicas" : "bench");
        if (mode.equals("soak") || replicas) {
            Soak soak = new Soak(stack, new EventStores(stack), new Reporter(stack, Duration.ofMinutes(10)), replicas);
            // The replica soak: six faults, each kept down 30 s and given time to come back, at a rate two cores
            // running twice the processes keep up with.
            Map<String, String> figures = soak.run(Duration.ofMinutes(Long.parseLong(System.getProperty("soak.minutes",
                            replicas ? "8" : "5"))), Double.parseDouble(System.getProperty("soak.rate", replicas ? "10" : "20")));
            write(root, replicas ? "replicas" : "soak", figures, replicas ? "Replica soak" : "Fault soak");
            return;
        }
        Bench bench = new Bench(stack, Duration.ofMinutes(3));
        bench.run();
        write(root, "bench", bench.table, "Benchmark");
    }

    void run() throws Exception {
        say("warming up: 30 s at 20 referrals/s");
        long since = stores.notificationsHead();
        List<String> warmUp = reporter.fileAtRate(20, 600).stream().filter(Reporter.Filing::accepted)
                .map(f -> f.referralId).toList();
        awaitN1(warmUp, since);
        awaitIdle();

        Phase at10 = phase("10/s", 10, 300);
        row("N1 at 10 referrals/s: p50 / p99 (ms)", at10.n1.percentile(50) + " / " + at10.n1.percentile(99));
        row("HTTP at 10 referrals/s: p50 / p99 (ms)", at10.http.percentile(50) + " / " + at10.http.percentile(99));

        awaitIdle();
        Phase at50 = phase("50/s", 50, 1500);
        row("N1 at 50 referrals/s: p50 / p99 (ms)", at50.n1.percentile(50) + " / " + at50.n1.percentile(99));
        row("HTTP at 50 referrals/s: p50 / p99 (ms)", at50.http.percentile(50) + " / " + at50.http.percentile(99));
        row("CPU per referral, whole stack, at 50/s (ms)", String.format("%.1f", at50.cpuMillisPerReferral));
        row("events stored per referral (all services)", String.format("%.1f", at50.eventsPerReferral));
        at50.cpuByPart.forEach((part, ms) -> row("  of which " + part + " (ms)", String.format("%.1f", ms)));

        int sustained = 0;
        for (int rate : new int[]{50, 75, 100, 125, 150, 200}) {
            awaitIdle();
            Phase step = phase(rate + "/s step", rate, rate * 20);
            boolean keptUp = step.accepted == step.filings && step.n1.percentile(99) <= 100 && step.n1.count() == step.accepted
                    && step.achievedRate >= rate * 0.95;
            say(String.format("  %d/s: N1 p99 %d ms, achieved %.1f/s, %s", rate, step.n1.percentile(99), step.achievedRate,
                    keptUp ? "sustained" : "not sustained"));
            if (!keptUp) {
                break;
            }
            sustained = rate;
        }
        row("highest sustained filing rate with N1 p99 <= 100 ms (referrals/s)", sustained == 0 ? "below 50" : String.valueOf(sustained));

        burst(500);
        replay();
        residentMemory();
        startUp();
    }

    /** One phase at this rate after a settled warm-up: the CPU of every process per referral, until the stack settled. */
    void cpu(int rate) throws Exception {
        say("warming up: 300 referrals at 20/s");
        long since = stores.notificationsHead();
        awaitN1(reporter.fileAtRate(20, 300).stream().filter(Reporter.Filing::accepted).map(f -> f.referralId).toList(), since);
        awaitIdle();
        Map<String, Long> before = cpuByPart();
        Phase phase = phase(rate + "/s", rate, rate * 30);
        awaitIdle();
        Map<String, Double> byPart = cpuPerReferralSince(before, phase.accepted);
        row("N1 p50 / p99 (ms)", phase.n1.percentile(50) + " / " + phase.n1.percentile(99));
        row("events stored per referral", String.format("%.1f", phase.eventsPerReferral));
        row("CPU per referral until settled, whole stack (ms)", String.format("%.1f", sum(byPart)));
        byPart.forEach((part, ms) -> row("  of which " + part + " (ms)", String.format("%.1f", ms)));
    }

    /** What one phase of steady filing measured. */
    record Phase(int filings, int accepted, double achievedRate, Stats http, Stats n1, double cpuMillisPerReferral,
                 double eventsPerReferral, Map<String, Double> cpuByPart) {
    }

    Phase phase(String name, double rate, int count) throws InterruptedException {
        say("phase " + name + ": " + count + " referrals at " + rate + "/s");
        Map<String, Long> cpuBefore = cpuByPart();
        long eventsBefore = stores.events();
        long since = stores.notificationsHead();
        long started = System.nanoTime();
        List<Reporter.Filing> filings = reporter.fileAtRate(rate, count);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<String> ids = filings.stream().filter(Reporter.Filing::accepted).map(f -> f.referralId).toList();
        Stats n1 = awaitN1(ids, since);
        Map<String, Double> byPart = cpuPerReferralSince(cpuBefore, ids.size());
        long events = stores.events() - eventsBefore;
        return new Phase(count, ids.size(), count / seconds, Stats.of(filings.stream().filter(Reporter.Filing::accepted)
                .map(f -> f.lastLatencyMillis).toList()), n1, sum(byPart), events / (double) Math.max(1, ids.size()), byPart);
    }

    /** Each part's CPU since {@code before}, per referral. */
    private Map<String, Double> cpuPerReferralSince(Map<String, Long> before, int referrals) {
        Map<String, Double> byPart = new LinkedHashMap<>();
        cpuByPart().forEach((part, ms) -> byPart.put(part, (ms - before.getOrDefault(part, 0L)) / (double) Math.max(1, referrals)));
        return byPart;
    }

    private static double sum(Map<String, Double> byPart) {
        return byPart.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private Map<String, Long> cpuByPart() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        stack.processes().forEach((part, pids) -> cpu.put(part, pids.stream().mapToLong(Stack::cpuMillisOf).sum()));
        return cpu;
    }

    /**
     * Until the stack has worked off what came before (every service's consumers and projections, not only the N1
     * path): its processes together use less than a fifth of one core over two seconds, or two minutes have passed.
     * A phase measured on a backlog measures the backlog.
     */
    void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        long started = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long before = cpuByPart().values().stream().mapToLong(Long::longValue).sum();
            Thread.sleep(2_000);
            long used = cpuByPart().values().stream().mapToLong(Long::longValue).sum() - before;
            if (used < 400) {
                break;
            }
        }
        say(String.format("  the stack settled in %.1f s", (System.nanoTime() - started) / 1e9));
    }

    /**
     * Filed → N1 issued, per referral, once every N1 is there (or after 60 s, with those that are); {@code since} is
     * where notification-service's store ended before they were filed.
     */
    Stats awaitN1(List<String> ids, long since) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        EventStores.Issued n1 = stores.issuedAfter("N1", ids, since);
        Map<String, List<Instant>> issued = n1.read();
        while (issued.size() < ids.size() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            issued = n1.read();
        }
        Map<String, Instant> filed = stores.filedAt(ids);
        List<Long> latencies = new ArrayList<>();
        issued.forEach((id, times) -> {
            if (filed.containsKey(id)) {
                latencies.add(Duration.between(filed.get(id), times.get(0)).toMillis());
            }
        });
        return Stats.of(latencies);
    }

    void burst(int size) throws InterruptedException {
        say("burst: " + size + " referrals at once");
        Instant start = Instant.now();
        long since = stores.notificationsHead();
        List<Reporter.Filing> filings = reporter.burst(size);
        List<Reporter.Filing> accepted = filings.stream().filter(Reporter.Filing::accepted).toList();
        long lastMillis = accepted.stream().mapToLong(f -> Duration.between(start, f.acceptedAt).toMillis()).max().orElse(-1);
        Stats n1 = awaitN1(accepted.stream().map(f -> f.referralId).toList(), since);
        long retried = filings.stream().mapToLong(f -> f.attempts.get() - 1).sum();
        row("burst of " + size + " at once: accepted", accepted.size() + " of " + size + " (" + retried + " retries after 429/503)");
        row("burst: the last accepted after (ms)", String.valueOf(lastMillis));
        row("burst: N1 p50 / p99 (ms)", n1.percentile(50) + " / " + n1.percentile(99));
    }

    /** Each projection of each service rebuilt from its event store, timed until it has caught up again. */
    void replay() throws Exception {
        String admin = reporter.tokenOf("admin").get("access_token").asText();
        for (String service : List.of("referral-service", "victim-status-service", "notification-service")) {
            JsonNode processors = readiness(service).path("components").path("eventProcessors").path("details");
            if (processors.isMissingNode()) {
                row("replay of " + service + " (events/s)", "not measured: the service reports no processor positions");
                continue;
            }
            long head = processors.path("head").asLong();
            for (Iterator<String> names = processors.fieldNames(); names.hasNext(); ) {
                String projection = names.next();
                if (!projection.endsWith("-projection")) {
                    continue;
                }
                long started = System.nanoTime();
                HttpResponse<String> answer = reporter.http().send(HttpRequest.newBuilder(
                                URI.create(stack.service(service) + "/api/admin/projections/" + projection + "/replay"))
                        .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 202) {
                    throw new IllegalStateException("replay of " + projection + ": HTTP " + answer.statusCode());
                }
                while (true) {
                    JsonNode p = readiness(service).path("components").path("eventProcessors").path("details").path(projection);
                    if (p.path("caughtUp").asBoolean() && p.path("position").asLong(-1) >= head) {
                        break;
                    }
                    if (System.nanoTime() - started > Duration.ofMinutes(5).toNanos()) {
                        throw new IllegalStateException(projection + " did not catch up in 5 minutes");
                    }
                    Thread.sleep(20);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                row("replay of " + service + " " + projection + " (events/s)",
                        String.format("%,.0f (%,d events in %.2f s)", head / seconds, head, seconds));
            }
        }
    }

    void residentMemory() {
        for (String service : Stack.SERVICES) {
            row("resident memory after the load: " + service + " (MiB)", String.valueOf(Stack.rssMib(stack.pidOf(service))));
        }
        long readModelStore = stack.pidOf(Stack.READ_MODEL_STORE);
        if (readModelStore > 0) {
            row("resident memory after the load: read-model store, every service's read models (MiB)",
                    String.valueOf(Stack.rssMib(readModelStore)));
        }
    }

    /** Each service stopped and started again: time until its readiness answers UP, with every projection caught up. */
    void startUp() {
        for (String service : Stack.SERVICES) {
            stack.run(Duration.ofMinutes(2), "service-stop", service);
            long started = System.nanoTime();
            stack.run(Duration.ofMinutes(4), "service-start", service);
            row("start-up until ready: " + service + " (s)", String.format("%.1f", (System.nanoTime() - started) / 1e9));
        }
    }

    JsonNode readiness(String service) throws Exception {
        HttpResponse<String> answer = reporter.http().send(HttpRequest.newBuilder(
                URI.create(stack.service(service) + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body());
    }

    void row(String what, String value) {
        table.put(what, value);
        say(String.format("  %-75s %s", what, value));
    }

    static void say(String line) {
        System.out.println(line);
    }

    /** Writes the table into docs/benchmarks.md between the {@code <!-- KIND:begin -->} and {@code end} markers. */
    static void write(Path root, String kind, Map<String, String> figures, String title) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(title).append(", ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append("\n\nMachine: ").append(machine()).append("  \nService JVM flags: `")
                .append(System.getenv().getOrDefault("MIMARTVA_JAVA_OPTS", "the stack's default")).append("`\n\n")
                .append("| measure | figure |\n|---|---|\n");
        figures.forEach((k, v) -> md.append("| ").append(k.strip()).append(" | ").append(v).append(" |\n"));
        Path doc = root.resolve("docs/benchmarks.md");
        String text = Files.exists(doc) ? Files.readString(doc) : "# Benchmarks\n";
        String begin = "<!-- " + kind + ":begin -->", end = "<!-- " + kind + ":end -->";
        int from = text.indexOf(begin), to = text.indexOf(end);
        text = from >= 0 && to > from
                ? text.substring(0, from + begin.length()) + "\n" + md + text.substring(to)
                : text + "\n" + begin + "\n" + md + end + "\n";
        Files.writeString(doc, text);
        say("written to " + doc);
    }

    private static String machine() {
        String cpu = "unknown processor";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException e) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + Math.round(totalMemoryGib()) + " GiB; Java " + System.getProperty("java.version");
    }

    private static double totalMemoryGib() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0).orElse(0.0);
        } catch (IOException e) {
            return 0;
        }
    }
}
