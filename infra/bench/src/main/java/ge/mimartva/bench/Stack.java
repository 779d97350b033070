package ge.mimartva.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The stack under measurement, as the operating system sees it: its script (start, kill, restart a part), its
 * addresses, and the processes of every part (the services, Keycloak, PostgreSQL, RabbitMQ, the read-model store)
 * with their CPU time and resident memory, read from /proc.
 */
final class Stack {

    static final List<String> SERVICES = List.of("referral-service", "victim-status-service", "notification-service",
            "statistics-service", "portal", "gateway");
    /** The read-model store standing in for MongoDB on the bench and replica stacks (no pid where each service keeps its own). */
    static final String READ_MODEL_STORE = "read-model-store";

    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Path root;
    private final String name;
    private final Map<String, String> env = new HashMap<>();

    Stack(Path root, String name) {
        this.root = root;
        this.name = name;
        for (String line : run(Duration.ofSeconds(30), "env").split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
    }

    String gateway() {
        return env.get("MIMARTVA_GATEWAY_URL");
    }

    /** Every gateway instance (one, or two on the replica stack), as a client with a list of addresses sees them. */
    List<String> gateways() {
        String all = env.getOrDefault("MIMARTVA_GATEWAY_URLS", "");
        return all.isBlank() ? List.of(gateway()) : List.of(all.split(","));
    }

    /** The instance (NAME or NAME-n) whose Java process has this pid, if one has. */
    java.util.Optional<String> instanceOf(long pid) {
        return List.of(env.getOrDefault("MIMARTVA_INSTANCES", "").split(",")).stream()
                .filter(instance -> pidOf(instance) == pid).findFirst();
    }

    String keycloak() {
        return env.get("MIMARTVA_KEYCLOAK_URL");
    }

    String service(String service) {
        return "http://127.0.0.1:" + env.get("MIMARTVA_PORT_" + service.replace('-', '_'));
    }

    String jdbc(String database) {
        return "jdbc:postgresql://127.0.0.1:" + env.get("MIMARTVA_PG_PORT") + "/" + database;
    }

    /** Runs a command of the stack script and answers what it printed; fails if it fails. */
    String run(Duration timeout, String... command) {
        List<String> args = new ArrayList<>(List.of(root.resolve("infra/local/stack.sh").toString(), name));
        args.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(args).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("stack.sh " + String.join(" ", command) + " failed");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The process of a service's instance (its supervisor starts a new one after a crash), of Keycloak or of the
     * read-model store, by its pid file; -1 when it has none.
     */
    long pidOf(String instance) {
        return readPid(root.resolve(".local/" + name + "/run/" + instance + ".pid"));
    }

    /** Every process of the stack, by part: each service's JVM, Keycloak, PostgreSQL, RabbitMQ, with descendants. */
    Map<String, Set<Long>> processes() {
        Map<Long, Long> parents = parents();
        Map<String, Set<Long>> parts = new LinkedHashMap<>();
        for (String service : SERVICES) {
            parts.put(service, withDescendants(pidOf(service), parents));
        }
        parts.put("keycloak", withDescendants(pidOf("keycloak"), parents));
        parts.put("postgresql", withDescendants(readPid(root.resolve(".local/" + name + "/postgres/postmaster.pid")), parents));
        Set<Long> rabbit = new HashSet<>();
        for (long pid : parents.keySet()) {
            String command = cmdline(pid);
            if (command.contains("beam") && command.contains("/.local/" + name + "/rabbitmq")) {
                rabbit.addAll(withDescendants(pid, parents));
            }
        }
        parts.put("rabbitmq", rabbit);
        long readModelStore = pidOf(READ_MODEL_STORE);
        if (readModelStore > 0) {
            parts.put("read-model store", withDescendants(readModelStore, parents));
        }
        return parts;
    }

    /** CPU time (user and system) of every process of the stack, in milliseconds. */
    long cpuMillis() {
        return processes().values().stream().flatMap(Set::stream).mapToLong(Stack::cpuMillisOf).sum();
    }

    static long cpuMillisOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;   // the process has ended
        }
    }

    /** Resident memory of a process, in MiB. */
    static long rssMib(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long readPid(Path file) {
        try {
            return Long.parseLong(Files.readAllLines(file).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Map<Long, Long> parents() {
        Map<Long, Long> parents = new HashMap<>();
        try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
            proc.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit)).forEach(n -> {
                try {
                    String stat = Files.readString(Path.of("/proc/" + n + "/stat"));
                    parents.put(Long.parseLong(n), Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]));
                } catch (IOException | RuntimeException e) {
                    // ended while listed
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return parents;
    }

    private static Set<Long> withDescendants(long pid, Map<Long, Long> parents) {
        Set<Long> all = new HashSet<>();
        if (pid <= 0) {
            return all;
        }
        all.add(pid);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<Long, Long> e : parents.entrySet()) {
                if (all.contains(e.getValue()) && all.add(e.getKey())) {
                    grew = true;
                }
            }
        }
        return all;
    }

    private static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
