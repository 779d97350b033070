package ge.mimartva.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code ./mimartva soak}: referrals filed at a steady rate while, in turn, each service is killed with SIGKILL (its
 * supervisor starts it again), RabbitMQ is restarted and PostgreSQL is restarted. The client retries with the same
 * Idempotency-Key. Afterwards every accepted referral must have exactly one N1 (and one N2 when the child was in
 * immediate danger): none lost, none duplicated.
 */
final class Soak {

    private record Fault(String name, String[] command, String service) {
    }

    private static final List<Fault> FAULTS = List.of(
            new Fault("referral-service SIGKILL", new String[]{"service-kill", "referral-service"}, "referral-service"),
            new Fault("notification-service SIGKILL", new String[]{"service-kill", "notification-service"}, "notification-service"),
            new Fault("victim-status-service SIGKILL", new String[]{"service-kill", "victim-status-service"}, "victim-status-service"),
            new Fault("gateway SIGKILL", new String[]{"service-kill", "gateway"}, "gateway"),
            new Fault("portal SIGKILL", new String[]{"service-kill", "portal"}, "portal"),
            new Fault("RabbitMQ restart", new String[]{"broker-restart"}, null),
            new Fault("PostgreSQL restart", new String[]{"postgres-restart"}, null));

    private final Stack stack;
    private final EventStores stores;
    private final Reporter reporter;
    private final Map<String, String> figures = new LinkedHashMap<>();

    Soak(Stack stack, EventStores stores, Reporter reporter) {
        this.stack = stack;
        this.stores = stores;
        this.reporter = reporter;
    }

    Map<String, String> run(Duration duration, double rate) throws Exception {
        Bench.say("soak: " + duration.toMinutes() + " min at " + rate + " referrals/s, with " + FAULTS.size() + " faults");
        long start = System.currentTimeMillis();
        CompletableFuture<List<Reporter.Filing>> filing = CompletableFuture.supplyAsync(
                () -> reporter.fileAtRate(rate, (int) (rate * duration.toSeconds())));
        long spacing = duration.toMillis() / (FAULTS.size() + 1);
        List<long[]> windows = new ArrayList<>();   // fault at, process back at, ready at
        for (int i = 0; i < FAULTS.size(); i++) {
            Fault fault = FAULTS.get(i);
            sleepUntil(start + spacing * (i + 1));
            long before = fault.service() == null ? -1 : stack.pidOf(fault.service());
            long at = System.currentTimeMillis();
            Bench.say("  " + fault.name());
            stack.run(Duration.ofMinutes(3), fault.command());
            long back = System.currentTimeMillis();
            if (fault.service() != null) {
                while (stack.pidOf(fault.service()) == before || stack.pidOf(fault.service()) <= 0) {
                    Thread.sleep(50);
                }
                back = System.currentTimeMillis();
            }
            stack.run(Duration.ofMinutes(4), "wait-ready");
            windows.add(new long[]{at, back, System.currentTimeMillis()});
        }
        List<Reporter.Filing> filings = filing.join();
        settle(filings);
        report(filings, windows);
        return figures;
    }

    private void settle(List<Reporter.Filing> filings) throws InterruptedException {
        List<String> accepted = ids(filings, false);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (stores.issued("N1", accepted).size() < accepted.size() && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        Thread.sleep(5000);   // anything issued twice would be issued by now
    }

    private void report(List<Reporter.Filing> filings, List<long[]> windows) {
        List<String> accepted = ids(filings, false);
        List<String> urgent = ids(filings, true);
        Map<String, List<Instant>> n1 = stores.issued("N1", accepted);
        Map<String, List<Instant>> n2 = stores.issued("N2", urgent);
        Map<String, Instant> filed = stores.filedAt(accepted);
        row("referrals filed (each with its own Idempotency-Key)", String.valueOf(filings.size()));
        row("accepted", String.valueOf(accepted.size()));
        row("never accepted", String.valueOf(filings.size() - accepted.size()));
        row("never accepted, by last answer (0: no answer)", lastAnswers(filings, windows));
        row("stored once each (ReferralFiled events for the accepted)", filed.size() + " of " + accepted.size());
        row("N1 lost / duplicated", (accepted.size() - n1.size()) + " / " + n1.values().stream().filter(t -> t.size() > 1).count());
        row("N2 lost / duplicated (of " + urgent.size() + " in immediate danger)",
                (urgent.size() - n2.size()) + " / " + n2.values().stream().filter(t -> t.size() > 1).count());
        for (int i = 0; i < windows.size(); i++) {
            long[] w = windows.get(i);
            long until = i + 1 < windows.size() ? windows.get(i + 1)[0] : Long.MAX_VALUE;
            long outage = outage(w[0], until);
            long afterBack = outage == 0 ? 0 : Math.max(0, w[0] + outage - w[1]);
            long n1Delay = n1.entrySet().stream().filter(e -> filed.containsKey(e.getKey()))
                    .filter(e -> filed.get(e.getKey()).toEpochMilli() >= w[0] - 5000 && filed.get(e.getKey()).toEpochMilli() < until)
                    .mapToLong(e -> Duration.between(filed.get(e.getKey()), e.getValue().get(0)).toMillis()).max().orElse(-1);
            row(FAULTS.get(i).name() + ": filing unavailable / of which after the process was back / ready again after / longest N1 (s)",
                    String.format("%.1f / %.1f / %.1f / %.1f", outage / 1000.0, afterBack / 1000.0, (w[2] - w[0]) / 1000.0, n1Delay / 1000.0));
        }
    }

    /** The longest stretch from a refused attempt to the next accepted one, among the answers in [from, until). */
    private long outage(long from, long until) {
        long longest = 0;
        long firstRefusal = -1;
        for (long[] answer : reporter.answers) {
            if (answer[0] < from || answer[0] >= until) {
                continue;
            }
            if (answer[1] == 201) {
                if (firstRefusal >= 0) {
                    longest = Math.max(longest, answer[0] - firstRefusal);
                    firstRefusal = -1;
                }
            } else if (firstRefusal < 0) {
                firstRefusal = answer[0];
            }
        }
        return longest;
    }

    /** How the referrals never accepted were last answered, and after which fault. */
    private static String lastAnswers(List<Reporter.Filing> filings, List<long[]> windows) {
        Map<Integer, Long> last = new java.util.TreeMap<>();
        filings.stream().filter(f -> !f.accepted()).forEach(f -> last.merge(f.lastStatus, 1L, Long::sum));
        filings.stream().filter(f -> !f.accepted()).map(f -> f.lastStatus + " " + f.lastProblem + " (after "
                        + faultBefore(f.lastAnswerAt, windows) + ")").distinct().limit(5)
                .forEach(problem -> Bench.say("  never accepted, e.g.: " + problem));
        return last.isEmpty() ? "none" : last.toString();
    }

    private static String faultBefore(long at, List<long[]> windows) {
        String fault = "no fault";
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i)[0] <= at) {
                fault = FAULTS.get(i).name() + ", " + (at - windows.get(i)[0]) / 1000 + " s in";
            }
        }
        return fault;
    }

    private static List<String> ids(List<Reporter.Filing> filings, boolean onlyImmediateDanger) {
        return filings.stream().filter(Reporter.Filing::accepted).filter(f -> !onlyImmediateDanger || f.immediateDanger)
                .map(f -> f.referralId).toList();
    }

    private void row(String what, String value) {
        figures.put(what, value);
        Bench.say(String.format("  %-100s %s", what, value));
    }

    private static void sleepUntil(long epochMillis) throws InterruptedException {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
