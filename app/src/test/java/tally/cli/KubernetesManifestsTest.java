package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker/k8s/tally.yaml parses and its pieces fit together and fit Tally: the StatefulSet's pods
 * are what the headless Service and the PodDisruptionBudget select, the probes ask the health
 * paths Tally serves, and every TALLY_* variable is one the command line knows (a misspelled one
 * would stop every pod at start).
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("..", "docker", "k8s", "tally.yaml");
    private static final Map<String, JsonNode> BY_KIND = new HashMap<>();

    @BeforeAll
    static void parse() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var documents = yaml.readerFor(JsonNode.class).<JsonNode>readValues(MANIFESTS.toFile())) {
            documents.forEachRemaining(d -> BY_KIND.put(d.path("kind").asText(), d));
        }
    }

    @Test
    void aStatefulSetAHeadlessServiceAndADisruptionBudgetSelectTheSamePods() {
        assertEquals(List.of("PodDisruptionBudget", "Service", "StatefulSet"), BY_KIND.keySet().stream().sorted().toList());
        JsonNode set = BY_KIND.get("StatefulSet").path("spec");
        JsonNode service = BY_KIND.get("Service");
        JsonNode podLabels = set.path("template").path("metadata").path("labels");
        assertEquals("None", service.path("spec").path("clusterIP").asText(), "headless: a DNS name per pod");
        assertEquals(service.path("metadata").path("name").asText(), set.path("serviceName").asText());
        assertEquals(podLabels, service.path("spec").path("selector"));
        assertEquals(podLabels, set.path("selector").path("matchLabels"));
        assertEquals(podLabels, BY_KIND.get("PodDisruptionBudget").path("spec").path("selector").path("matchLabels"));
        assertEquals(1, BY_KIND.get("PodDisruptionBudget").path("spec").path("maxUnavailable").asInt());
        assertTrue(set.path("template").path("spec").path("terminationGracePeriodSeconds").asInt() >= 45,
                "time for Streams' 30 s close before SIGKILL");
    }

    @Test
    void theProbesAskTallysHealthPathsOnItsPort() {
        JsonNode container = container();
        assertEquals("/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
        assertEquals("/health/live", container.path("startupProbe").path("httpGet").path("path").asText());
        assertEquals(8080, container.path("ports").get(0).path("containerPort").asInt(), "Tally's default --http-port");
        assertEquals("http", container.path("readinessProbe").path("httpGet").path("port").asText());
        assertEquals("http", container.path("ports").get(0).path("name").asText());
        String mount = container.path("volumeMounts").get(0).path("mountPath").asText();
        assertEquals("/var/lib/tally", mount, "the image's TALLY_DATA_DIR");
        assertEquals(10001, BY_KIND.get("StatefulSet").path("spec").path("template").path("spec").path("securityContext").path("runAsUser").asInt(),
                "the image's user");
    }

    @Test
    void everyTallyVariableIsOneTheCommandLineKnows() {
        Map<String, String> env = new HashMap<>();
        container().path("env").forEach(v -> env.put(v.path("name").asText(), v.path("value").asText()));
        assertTrue(env.containsKey("TALLY_BOOTSTRAP_SERVERS") && env.containsKey("TALLY_ADVERTISED_HTTP"), env.toString());
        picocli.CommandLine cli = Tally.commandLine(env);
        new EnvironmentDefaults(env).requireKnown(cli); // throws naming the first unknown variable
        java.io.StringWriter err = new java.io.StringWriter();
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setOut(new java.io.PrintWriter(new java.io.StringWriter(), true));
        assertEquals(0, cli.execute("run", "--help"), "every value converts: " + err);
    }

    private static JsonNode container() {
        return BY_KIND.get("StatefulSet").path("spec").path("template").path("spec").path("containers").get(0);
    }
}
