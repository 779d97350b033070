package ge.mimartva.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where integration tests find the test stack's real PostgreSQL and RabbitMQ ({@code ./mimartva test} starts them
 * and exports their ports; by hand: {@code infra/local/stack.sh test infrastructure-up}). Each module's tests use a
 * database and a RabbitMQ virtual host of their own.
 */
public final class TestStack {

    private TestStack() {
    }

    public static int postgresPort() {
        return intEnv("MIMARTVA_PG_PORT", 25432);
    }

    public static int amqpPort() {
        return intEnv("MIMARTVA_AMQP_PORT", 5682);
    }

    private static final Set<String> FRESH = ConcurrentHashMap.newKeySet();

    /**
     * The JDBC URL of a test database of this name, created empty the first time this JVM asks for it, so that no run
     * sees what an earlier one recorded (tests that count events or compare whole read models rely on it).
     */
    public static String database(String name) {
        return FRESH.add(name) ? create(name, "create database " + name) : serverUrl() + name;
    }

    /**
     * The JDBC URL of a new test database made as a copy of another (PostgreSQL copies the files: much faster than
     * migrating each one anew). Nothing may be connected to the template while it is copied.
     */
    public static String copyOf(String template, String name) {
        FRESH.add(name);
        return create(name, "create database " + name + " template " + template);
    }

    private static String create(String name, String creation) {
        try (Connection c = DriverManager.getConnection(serverUrl() + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute(creation);
        } catch (SQLException e) {
            throw new IllegalStateException("The test stack's PostgreSQL is not reachable on port " + postgresPort()
                    + ": start it with 'infra/local/stack.sh test infrastructure-up'", e);
        }
        return serverUrl() + name;
    }

    private static String serverUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort() + "/";
    }

    /** Points a Spring Boot test at the test stack: its own database and virtual host; an embedded Mongo in memory. */
    public static void configure(DynamicPropertyRegistry registry, String module) {
        properties(module).forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The same settings as properties, for a test that starts (and restarts) an application itself. */
    public static Map<String, Object> properties(String module) {
        return Map.of(
                "spring.datasource.url", database("it_" + module.replace('-', '_')),
                "spring.datasource.username", "postgres",
                "spring.rabbitmq.port", amqpPort(),
                "spring.rabbitmq.virtual-host", "it-" + module,
                "mimartva.security.issuer-uri", "http://127.0.0.1:1/realms/not-used-by-mock-tokens",
                "mimartva.demo", "true");
    }

    private static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
