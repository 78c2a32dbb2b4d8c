package tally.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.Brokers;
import tally.ingest.publish.KafkaPublisher;
import tally.stats.Figure;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.Snapshot;
import tally.stats.json.Json;
import tally.app.Export;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.CaughtUp;
import tally.streams.kafka.EmbeddedKafka;

/**
 * Two {@code run} processes share the partitions; one is stopped (SIGTERM) in the middle of the
 * work: the other takes over its partitions and state, the outputs equal a clean run, and the
 * survivor's API answers for every key.
 */
class ScaleOutTest {

    @TempDir
    Path dir;

    @Test
    void theSurvivorFinishesTheWorkExactlyAndAnswersForAllKeys() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = Brokers.clientWithTopics(kafka, 4);
            List<Figure> figures = CrashRecoveryTest.corpus(1).get(0);
            try (TallyProcess a = run("a", kafka); TallyProcess b = run("b", kafka)) {
                a.await("streams running", Duration.ofMinutes(2));
                b.await("streams running", Duration.ofMinutes(2));
                try (KafkaPublisher publisher = new KafkaPublisher(client, TallyEnvironment.DEFAULT)) {
                    publisher.publishFigures(figures);
                    publisher.finish();
                }
                Thread.sleep(1_000); // both are at work
                int exit = b.stop();
                assertTrue(exit == 0 || exit == 143, b.output());
                CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), Duration.ofMinutes(4));

                Snapshot clean = CleanRun.assertOutputsEqual(client, Export.figures(client, TallyEnvironment.DEFAULT, null), "after scale-in");

                String api = address(a);
                int served = 0;
                String cursor = null;
                do { // the API answers a page at a time
                    JsonNode page = awaitAnswer(api + "/api/estimates" + (cursor == null ? ""
                            : "?cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)));
                    served += page.get("count").asInt();
                    cursor = page.path("next").isTextual() ? page.get("next").asText() : null;
                } while (cursor != null);
                assertEquals(clean.estimates().size(), served, "the survivor answers for every key");
                System.out.printf("scale-out: %d figures, instance b stopped mid-stream, %d estimates equal a clean run and served by a%n",
                        figures.size(), clean.estimates().size());
            }
        }
    }

    private TallyProcess run(String name, EmbeddedKafka kafka) {
        return TallyProcess.start(dir.resolve(name + ".log"), "run", "--bootstrap-servers", kafka.bootstrapServers(),
                "--data-dir", dir.resolve(name).toString(), "--http-port", "0", "--partitions", "4");
    }

    private static String address(TallyProcess p) {
        Matcher m = Pattern.compile("dashboard and API at (http://\\S+)/;").matcher(p.output());
        assertTrue(m.find(), p.output());
        return m.group(1);
    }

    /** The API answers 503 while the group rebalances; it must answer 200 once it settled. */
    private static JsonNode awaitAnswer(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        HttpResponse<String> r = null;
        while (System.nanoTime() < deadline) {
            r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return Json.MAPPER.readTree(r.body());
            }
            assertEquals(503, r.statusCode(), r.body());
            Thread.sleep(200);
        }
        throw new AssertionError("no answer from " + url + ": " + (r == null ? "" : r.body()));
    }
}
