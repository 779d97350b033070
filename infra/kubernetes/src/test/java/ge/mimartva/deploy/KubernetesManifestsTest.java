package ge.mimartva.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants every manifest of {@code infra/kubernetes} keeps: probes, resources, no secret written out, a
 * disruption budget and autoscaling for every workload, only the gateway reaching the services. (This machine runs no
 * cluster: the manifests are parsed and checked, not applied.)
 */
class KubernetesManifestsTest {

    private static final Path BASE = Path.of("base");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects() throws IOException {
        List<Map<String, Object>> objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(BASE)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("kustomization.yaml")).toList()) {
                for (Object document : new Yaml().loadAll(Files.readString(file))) {
                    if (document != null) {
                        objects.add((Map<String, Object>) document);
                    }
                }
            }
        }
        return objects;
    }

    private static List<Map<String, Object>> ofKind(String kind) throws IOException {
        return objects().stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            current = current instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return (T) current;
    }

    private static String name(Map<String, Object> object) {
        return at(object, "metadata", "name");
    }

    @Test
    void everyWorkloadHasProbesResourcesAndRunsAsNonRoot() throws IOException {
        List<Map<String, Object>> deployments = ofKind("Deployment");
        assertThat(deployments).extracting(KubernetesManifestsTest::name).containsExactlyInAnyOrder(
                "referral-service", "victim-status-service", "notification-service", "statistics-service", "gateway", "portal",
                "keycloak");
        for (Map<String, Object> d : deployments) {
            assertThat((Boolean) at(d, "spec", "template", "spec", "securityContext", "runAsNonRoot")).as(name(d)).isTrue();
            List<Map<String, Object>> containers = at(d, "spec", "template", "spec", "containers");
            for (Map<String, Object> c : containers) {
                assertThat((Object) at(c, "readinessProbe", "httpGet", "path")).as(name(d)).isNotNull();
                assertThat((Object) at(c, "livenessProbe", "httpGet", "path")).as(name(d)).isNotNull();
                assertThat((Object) at(c, "resources", "requests", "cpu")).as(name(d)).isNotNull();
                assertThat((Object) at(c, "resources", "requests", "memory")).as(name(d)).isNotNull();
                assertThat((Object) at(c, "resources", "limits", "memory")).as(name(d)).isNotNull();
            }
        }
        assertThat(deployments.stream().filter(d -> name(d).endsWith("-service")))
                .allSatisfy(d -> assertThat(at(((List<Object>) at(d, "spec", "template", "spec", "containers")).get(0),
                        "readinessProbe", "httpGet", "path").toString())
                        .as("readiness waits for the projections").isEqualTo("/actuator/health/readiness"));
    }

    private static String envValue(Map<String, Object> deployment, String variable) {
        List<Map<String, Object>> containers = at(deployment, "spec", "template", "spec", "containers");
        List<Map<String, Object>> env = at(containers.get(0), "env");
        return env.stream().filter(v -> variable.equals(v.get("name")))
                .map(v -> v.containsKey("value") ? String.valueOf(v.get("value")) : "secret").findFirst().orElse(null);
    }

    @Test
    void severalInstancesShareTheirWorkAndRememberNothingAlone() throws IOException {
        for (Map<String, Object> d : ofKind("Deployment")) {
            int replicas = at(d, "spec", "replicas");
            if (name(d).endsWith("-service")) {
                assertThat(Integer.parseInt(envValue(d, "MIMARTVA_PROCESSING_SEGMENTS"))).as(name(d) + ": segments to share")
                        .isGreaterThanOrEqualTo(replicas);
                assertThat(envValue(d, "SPRING_RABBITMQ_ADDRESSES")).as(name(d) + ": every RabbitMQ node").contains(",");
            }
            if (name(d).equals("gateway") && replicas > 1) {
                assertThat(envValue(d, "SPRING_PROFILES_ACTIVE")).as("gateways share sessions and limits").isEqualTo("shared-store");
                assertThat(envValue(d, "MIMARTVA_REDIS_URL")).as("the shared store's address, from a secret").isEqualTo("secret");
            }
        }
    }

    @Test
    void secretsAreReferencedNeverWritten() throws IOException {
        for (Map<String, Object> d : ofKind("Deployment")) {
            List<Map<String, Object>> containers = at(d, "spec", "template", "spec", "containers");
            for (Map<String, Object> c : containers) {
                List<Map<String, Object>> env = at(c, "env");
                for (Map<String, Object> variable : env == null ? List.<Map<String, Object>>of() : env) {
                    String var = variable.get("name").toString();
                    if (var.matches(".*(KEY|KEYS|SECRET|PASSWORD|USERNAME|MONGODB_URI|REDIS_URL).*")) {
                        assertThat(variable).as(name(d) + " " + var).doesNotContainKey("value");
                        assertThat((Object) at(variable, "valueFrom", "secretKeyRef", "name")).as(name(d) + " " + var)
                                .isNotNull();
                    }
                }
            }
        }
        assertThat(ofKind("Secret")).as("no Secret with values in the manifests").isEmpty();
    }

    @Test
    void everyWorkloadHasADisruptionBudgetAndTheAppsScale() throws IOException {
        List<String> budgets = ofKind("PodDisruptionBudget").stream()
                .map(p -> at(p, "spec", "selector", "matchLabels", "app.kubernetes.io/name").toString()).toList();
        List<String> scaled = ofKind("HorizontalPodAutoscaler").stream()
                .map(h -> at(h, "spec", "scaleTargetRef", "name").toString()).toList();
        for (Map<String, Object> d : ofKind("Deployment")) {
            assertThat(budgets).as(name(d)).contains(name(d));
            if (!name(d).equals("keycloak")) {
                assertThat(scaled).as(name(d)).contains(name(d));
            }
        }
        assertThat(ofKind("HorizontalPodAutoscaler").stream().filter(h -> name(h).endsWith("-service")))
                .as("the services scale on processor lag too")
                .allSatisfy(h -> assertThat(at(h, "spec").toString()).contains("mimartva_processor_lag"));
    }

    @Test
    void onlyTheGatewayAndThePortalReachTheServices() throws IOException {
        List<Map<String, Object>> policies = ofKind("NetworkPolicy");
        assertThat(policies).anySatisfy(p -> {
            assertThat(name(p)).isEqualTo("default-deny-ingress");
            assertThat((Map<?, ?>) at(p, "spec", "podSelector")).isEmpty();
        });
        Map<String, Object> services = policies.stream().filter(p -> name(p).equals("services-from-the-gateway-only"))
                .findFirst().orElseThrow();
        assertThat(at(services, "spec", "podSelector", "matchLabels").toString()).contains("mimartva.ge/tier=service");
        assertThat(at(services, "spec", "ingress").toString()).contains("app.kubernetes.io/name=gateway")
                .contains("app.kubernetes.io/name=portal").doesNotContain("0.0.0.0");
        assertThat(ofKind("Deployment").stream().filter(d -> !name(d).equals("gateway") && !name(d).equals("keycloak")))
                .allSatisfy(d -> assertThat(at(d, "spec", "template", "metadata", "labels").toString())
                        .contains("mimartva.ge/tier=service"));
    }

    @Test
    void theOverlaysLayerTheBase() throws IOException {
        for (String overlay : List.of("staging", "production")) {
            Map<String, Object> kustomization = new Yaml().load(
                    Files.readString(Path.of("overlays", overlay, "kustomization.yaml")));
            assertThat(kustomization.get("resources").toString()).as(overlay).contains("../../base");
        }
        assertThat(Files.readString(BASE.resolve("keycloak.yaml"))).as("Keycloak imports the production realm")
                .contains("configMap: { name: mimartva-realm }", "--import-realm");
    }
}
