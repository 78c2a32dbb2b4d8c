package tally.streams.serve;

import tally.stats.TallyEnvironment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicSetup;

/**
 * With a management port ({@code --management-port}), health and metrics are served there, on
 * threads of their own, and no longer on the main port, which keeps the dashboard and the API:
 * probes never wait behind users, and a port open to users need not show metrics.
 */
class ManagementPortTest {

    static final Duration PROMPTLY = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROMPTLY).build();

    @Test
    void healthAndMetricsMoveToTheManagementPort() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = new Properties();
            client.put("bootstrap.servers", kafka.bootstrapServers());
            TopicSetup.ensure(client, TallyEnvironment.DEFAULT, 1, (short) 1);
            try (TallyHttpServer server = TallyHttpServer.bind("127.0.0.1", 0).withManagementPort(0);
                 TallyApp app = TallyApp.start(TallyEnvironment.DEFAULT, client, dir.resolve("state"), TallyStreamsConfig.EXACTLY_ONCE, 1, false,
                         "127.0.0.1:" + server.port())) {
                server.serve(app.streams(), new HostInfo("127.0.0.1", server.port()), client, TallyEnvironment.DEFAULT);
                app.awaitRunning(Duration.ofMinutes(2));
                assertNotEquals(server.port(), server.managementPort());
                String management = "http://127.0.0.1:" + server.managementPort();
                assertEquals(200, get(management + "/health/live").statusCode());
                assertEquals(200, awaitReady(management).statusCode());
                HttpResponse<String> metrics = get(management + "/metrics");
                assertEquals(200, metrics.statusCode());
                assertTrue(metrics.body().contains("tally_http_requests"), "Tally's metrics on the management port");
                assertEquals(404, get(management + "/api/places").statusCode(), "only health and metrics there");
                for (String moved : new String[] {"/health/live", "/health/ready", "/metrics"}) {
                    HttpResponse<String> r = get(server.address() + moved);
                    assertEquals(404, r.statusCode(), moved + " no longer on the main port: " + r.body());
                }
                assertEquals(200, get(server.address() + "/api/places").statusCode(), "the API stays on the main port");
            }
        }
    }

    /** Readiness may drop to 503 (REBALANCING) just after the first RUNNING, as a probe would see; it retries. */
    private HttpResponse<String> awaitReady(String management) throws Exception {
        long deadline = System.nanoTime() + PROMPTLY.toNanos();
        HttpResponse<String> ready = get(management + "/health/ready");
        while (ready.statusCode() == 503 && System.nanoTime() < deadline) {
            assertTrue(ready.body().contains("\"DOWN\""), ready.body());
            Thread.sleep(200);
            ready = get(management + "/health/ready");
        }
        return ready;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(PROMPTLY).build(), HttpResponse.BodyHandlers.ofString());
    }
}
