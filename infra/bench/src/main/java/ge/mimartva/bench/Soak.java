package ge.mimartva.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./mimartva soak}: referrals filed at a steady rate while, in turn, each service is killed with SIGKILL (its
 * supervisor starts it again), RabbitMQ is restarted and PostgreSQL is restarted. The client retries with the same
 * Idempotency-Key. Afterwards every accepted referral must have exactly one N1 (and one N2 when the child was in
 * immediate danger): none lost, none duplicated.
 * <p>
 * {@code ./mimartva replicas}: the same on the replica stack (two instances of everything, three RabbitMQ nodes),
 * where one instance of each service in turn (the one holding the outbox relay, where there is one) and then one
 * RabbitMQ node is killed with SIGKILL and kept down for {@value #KEPT_DOWN_SECONDS} s: the other instance must take
 * its segments over while the filing goes on, and share them again once it is back.
 */
final class Soak {

    static final int KEPT_DOWN_SECONDS = 30;

    /**
     * A fault: the stack command that causes it; on the one-instance stack the service whose new process it waits for;
     * on the replica stack the command that ends it (after {@value #KEPT_DOWN_SECONDS} s) and the database whose
     * processors' segments the survivor must take over.
     */
    private record Fault(String name, String[] command, String service, String[] restore, String database) {

        Fault(String name, String[] command, String service) {
            this(name, command, service, null, null);
        }

        static Fault instanceKeptDown(String instance, String database) {
            return new Fault(instance + " SIGKILL, kept down", new String[]{"instance-down", instance}, instance,
                    new String[]{"service-start", instance}, database);
        }
    }

    static final List<Fault> ONE_INSTANCE_FAULTS = List.of(
            new Fault("referral-service SIGKILL", new String[]{"service-kill", "referral-service"}, "referral-service"),
            new Fault("notification-service SIGKILL", new String[]{"service-kill", "notification-service"}, "notification-service"),
            new Fault("victim-status-service SIGKILL", new String[]{"service-kill", "victim-status-service"}, "victim-status-service"),
            new Fault("gateway SIGKILL", new String[]{"service-kill", "gateway"}, "gateway"),
            new Fault("portal SIGKILL", new String[]{"service-kill", "portal"}, "portal"),
            new Fault("RabbitMQ restart", new String[]{"broker-restart"}, null),
            new Fault("PostgreSQL restart", new String[]{"postgres-restart"}, null));

    /** One instance of each service, then a RabbitMQ node (the instance is chosen when the fault comes: holderOfTheRelay). */
    private List<Fault> replicaFaults() {
        List<Fault> faults = new ArrayList<>();
        for (String service : Stack.SERVICES) {
            String database = switch (service) {
                case "referral-service" -> "referral";
                case "victim-status-service" -> "victim_status";
                case "notification-service" -> "notification";
                case "statistics-service" -> "statistics";
                default -> null;
            };
            faults.add(Fault.instanceKeptDown(service + "-1", database));
        }
        faults.add(new Fault("RabbitMQ node 1 SIGKILL, kept down", new String[]{"rabbit-node-kill", "1"}, null,
                new String[]{"rabbit-node-start", "1"}, null));
        return faults;
    }

    private final Stack stack;
    private final EventStores stores;
    private final Reporter reporter;
    private final boolean replicas;
    private final List<Fault> faults;
    private final Map<String, String> figures = new LinkedHashMap<>();
    /** Per replica fault: how long until the survivors held every segment, and until the restarted one held its share. */
    private final Map<Integer, long[]> takeovers = new LinkedHashMap<>();

    Soak(Stack stack, EventStores stores, Reporter reporter, boolean replicas) {
        this.stack = stack;
        this.stores = stores;
        this.reporter = reporter;
        this.replicas = replicas;
        this.faults = new ArrayList<>(replicas ? replicaFaults() : ONE_INSTANCE_FAULTS);
    }

    Map<String, String> run(Duration duration, double rate) throws Exception {
        Bench.say("soak: " + duration.toMinutes() + " min at " + rate + " referrals/s, with " + faults.size() + " faults");
        long start = System.currentTimeMillis();
        long spacing = duration.toMillis() / (faults.size() + 1);
        // Filing goes on for the whole duration and, when the faults' handling has run past it, until a spacing after
        // the last fault is mended: every fault is met under load.
        AtomicLong fileUntil = new AtomicLong(start + duration.toMillis());
        CompletableFuture<List<Reporter.Filing>> filing = CompletableFuture.supplyAsync(
                () -> reporter.fileWhile(rate, () -> System.currentTimeMillis() < fileUntil.get()));
        List<long[]> windows = new ArrayList<>();   // fault at, process back at, ready at
        for (int i = 0; i < faults.size(); i++) {
            sleepUntil(start + spacing * (i + 1));
            Fault fault = holderOfTheRelay(faults.get(i));
            faults.set(i, fault);
            long before = fault.service() == null ? -1 : stack.pidOf(fault.service());
            long at = System.currentTimeMillis();
            Bench.say("  " + fault.name());
            stack.run(Duration.ofMinutes(3), fault.command());
            long back = System.currentTimeMillis();
            if (fault.restore() != null) {
                long takenOver = fault.database() == null ? -1 : takeover(fault.database(), before, at);
                sleepUntil(at + KEPT_DOWN_SECONDS * 1000L);
                back = System.currentTimeMillis();
                stack.run(Duration.ofMinutes(4), fault.restore());
                long shared = fault.database() == null ? -1 : sharedAgain(fault.database(), stack.pidOf(fault.service()), back);
                takeovers.put(i, new long[]{takenOver, shared});
            } else if (fault.service() != null) {
                while (stack.pidOf(fault.service()) == before || stack.pidOf(fault.service()) <= 0) {
                    Thread.sleep(50);
                }
                back = System.currentTimeMillis();
            }
            stack.run(Duration.ofMinutes(4), "wait-ready");
            windows.add(new long[]{at, back, System.currentTimeMillis()});
        }
        fileUntil.accumulateAndGet(System.currentTimeMillis() + spacing, Math::max);
        List<Reporter.Filing> filings = filing.join();
        settle(filings);
        report(filings, windows);
        return figures;
    }

    /** A replica fault of a service with an outbox relay kills the instance that holds the relay at that moment. */
    private Fault holderOfTheRelay(Fault fault) {
        if (fault.database() == null) {
            return fault;
        }
        String owner = stores.segmentOwners(fault.database()).getOrDefault("integration-event-relay/0", "");
        String pid = owner.contains("@") ? owner.substring(0, owner.indexOf('@')) : "";
        return pid.matches("\\d+") ? stack.instanceOf(Long.parseLong(pid))
                .map(instance -> Fault.instanceKeptDown(instance, fault.database())).orElse(fault) : fault;
    }

    /** Milliseconds from the kill until no segment of the service's processors is held by the dead process. */
    private long takeover(String database, long deadPid, long killedAt) throws InterruptedException {
        String dead = deadPid + "@";
        long deadline = killedAt + KEPT_DOWN_SECONDS * 1000L;
        while (System.currentTimeMillis() < deadline) {
            if (stores.segmentOwners(database).values().stream().noneMatch(owner -> owner.startsWith(dead))) {
                return System.currentTimeMillis() - killedAt;
            }
            Thread.sleep(200);
        }
        return -1;   // not within the time it was kept down
    }

    /** Milliseconds from the restart until the new process holds a segment of every processor that has two. */
    private long sharedAgain(String database, long newPid, long restartedAt) throws InterruptedException {
        String self = newPid + "@";
        long deadline = restartedAt + Duration.ofMinutes(2).toMillis();
        while (System.currentTimeMillis() < deadline) {
            Map<String, String> owners = stores.segmentOwners(database);
            Map<String, Long> split = new java.util.HashMap<>();
            owners.forEach((segment, owner) -> split.merge(segment.substring(0, segment.lastIndexOf('/')), 1L, Long::sum));
            boolean holdsShare = split.entrySet().stream().filter(e -> e.getValue() > 1)
                    .allMatch(e -> owners.entrySet().stream().anyMatch(o -> o.getKey().startsWith(e.getKey() + "/")
                            && o.getValue().startsWith(self)));
            if (holdsShare) {
                return System.currentTimeMillis() - restartedAt;
            }
            Thread.sleep(500);
        }
        return -1;
    }

    private void settle(List<Reporter.Filing> filings) throws InterruptedException {
        List<String> accepted = ids(filings, false);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        EventStores.Issued n1 = stores.issuedAfter("N1", accepted, 0);
        while (n1.read().size() < accepted.size() && System.nanoTime() < deadline) {
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
        // A referral stored that no client was told was accepted: a filing stored with another filing's body (soak 11).
        row("stored but never accepted (ReferralFiled events beyond the accepted)",
                String.valueOf(stores.referralsFiled() - filed.size()));
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
            if (replicas) {
                long[] t = takeovers.getOrDefault(i, new long[]{-1, -1});
                row(faults.get(i).name() + ": filing unavailable / segments taken over after / shared again after the start command (start-up included) / longest N1 (s)",
                        String.format("%.1f / %s / %s / %s", outage / 1000.0, seconds(t[0]), seconds(t[1]), seconds(n1Delay)));
            } else {
                row(faults.get(i).name() + ": filing unavailable / of which after the process was back / ready again after / longest N1 (s)",
                        String.format("%.1f / %.1f / %.1f / %s", outage / 1000.0, afterBack / 1000.0, (w[2] - w[0]) / 1000.0, seconds(n1Delay)));
            }
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

    private static String seconds(long millis) {
        return millis < 0 ? "—" : String.format("%.1f", millis / 1000.0);
    }

    /** How the referrals never accepted were last answered, and after which fault. */
    private String lastAnswers(List<Reporter.Filing> filings, List<long[]> windows) {
        Map<Integer, Long> last = new java.util.TreeMap<>();
        filings.stream().filter(f -> !f.accepted()).forEach(f -> last.merge(f.lastStatus, 1L, Long::sum));
        filings.stream().filter(f -> !f.accepted()).map(f -> f.lastStatus + " " + f.lastProblem + " (after "
                        + faultBefore(f.lastAnswerAt, windows) + ")").distinct().limit(5)
                .forEach(problem -> Bench.say("  never accepted, e.g.: " + problem));
        return last.isEmpty() ? "none" : last.toString();
    }

    private String faultBefore(long at, List<long[]> windows) {
        String fault = "no fault";
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i)[0] <= at) {
                fault = faults.get(i).name() + ", " + (at - windows.get(i)[0]) / 1000 + " s in";
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
