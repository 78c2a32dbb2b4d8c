package tally.streams.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicSetup;

/** Readiness follows the Streams application's state on a real broker; /metrics speaks Prometheus. */
class OpsServerTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(OpsServer ops, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ops.address() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessFlipsWithTheApplicationAndMetricsAreExposed() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = new Properties();
            client.put("bootstrap.servers", kafka.bootstrapServers());
            TopicSetup.ensure(client, 1, (short) 1);
            TallyApp app = TallyApp.start(client, dir.resolve("state"), TallyStreamsConfig.EXACTLY_ONCE, 1, false);
            try (OpsServer ops = OpsServer.start("127.0.0.1", 0, app.streams())) {
                assertTrue(ops.address().startsWith("http://127.0.0.1:"), ops.address());
                app.awaitRunning(Duration.ofMinutes(2));
                HttpResponse<String> ready = get(ops, "/health/ready");
                assertEquals(200, ready.statusCode());
                assertEquals("{\"status\":\"UP\",\"state\":\"RUNNING\"}", ready.body());
                assertEquals("nosniff", ready.headers().firstValue("X-Content-Type-Options").orElse(""));
                HttpResponse<String> metrics = get(ops, "/metrics");
                assertEquals(200, metrics.statusCode());
                assertTrue(metrics.body().contains("jvm_memory_used_bytes"), "JVM metrics");
                assertTrue(metrics.body().contains("kafka_stream_"), "Kafka Streams metrics");
                assertEquals(404, get(ops, "/nope").statusCode());
                app.close();
                assertEquals(503, get(ops, "/health/ready").statusCode());
                HttpResponse<String> live = get(ops, "/health/live");
                assertEquals(503, live.statusCode(), live.body());
                assertTrue(live.body().contains("NOT_RUNNING"), live.body());
            }
        }
    }
}
