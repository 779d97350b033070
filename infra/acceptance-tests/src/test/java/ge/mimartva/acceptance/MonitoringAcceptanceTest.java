package ge.mimartva.acceptance;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ge.mimartva.acceptance.Platform.get;
import static ge.mimartva.acceptance.Platform.service;
import static org.assertj.core.api.Assertions.assertThat;

/** The alert rules and the dashboard name only metrics the running services expose on /actuator/prometheus. */
class MonitoringAcceptanceTest {

    private static final Pattern METRIC = Pattern.compile("\\b((?:mimartva|http_server|jvm)_[a-z_]+)\\b");
    private static final Path MONITORING = Path.of("../monitoring");

    private static Set<String> named(String file) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = METRIC.matcher(Files.readString(MONITORING.resolve(file)));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardNameIsExposed() throws IOException {
        StringBuilder exposed = new StringBuilder();
        for (String name : new String[]{"referral-service", "notification-service", "victim-status-service"}) {
            Platform.Answer scrape = get(service(name) + "/actuator/prometheus", null);
            assertThat(scrape.status()).as(name).isEqualTo(200);
            exposed.append(scrape.body());
        }
        Set<String> named = new TreeSet<>(named("prometheus-alerts.yml"));
        named.addAll(named("grafana-dashboard.json"));
        assertThat(named).hasSizeGreaterThan(10);
        assertThat(named).allSatisfy(metric -> assertThat(exposed.toString()).as(metric).contains(metric));
        assertThat(exposed.toString()).contains("mimartva_notifications_late{rule=\"N2\"");
    }
}
