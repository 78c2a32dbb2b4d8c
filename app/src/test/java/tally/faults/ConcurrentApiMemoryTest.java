package tally.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.ingest.generate.SyntheticFigures;
import tally.ingest.publish.KafkaPublisher;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.CaughtUp;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicSetup;

/**
 * The API cannot kill the process (issue 21, item 3): {@code run} in its own JVM with a small
 * heap and {@code -XX:+ExitOnOutOfMemoryError} (as the container runs it), and 16 clients at once
 * each reading every estimate, then every entry of {@code /internal/stores/current-figures}, page
 * by page. Every client gets every estimate and figure once, and the process lives on. Before
 * (every request built its whole answer in memory), the same load ended in
 * {@code OutOfMemoryError}. Full size, as the issue measured it (a 1 GB heap, 33,000 articles):
 * {@code -Dtally.api.figures=80000 -Dtally.api.heap=1g}.
 */
class ConcurrentApiMemoryTest {

    private static final int FIGURES = Integer.getInteger("tally.api.figures", 30_000);
    private static final String HEAP = System.getProperty("tally.api.heap", "256m");
    private static final int CLIENTS = 16;

    @TempDir
    Path dir;

    @Test
    void sixteenClientsReadingEverythingAtOnceDoNotExhaustTheHeap() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = new Properties();
            client.put("bootstrap.servers", kafka.bootstrapServers());
            TopicSetup.ensure(client, TallyEnvironment.DEFAULT, 2, (short) 1);
            SyntheticFigures figures = new SyntheticFigures(3, "api");
            try (KafkaPublisher publisher = new KafkaPublisher(client, TallyEnvironment.DEFAULT)) {
                publisher.publishFigures(Stream.generate(figures::next).limit(FIGURES).map(SyntheticFigures::withMeaning).toList());
                publisher.finish();
            }
            try (TallyProcess run = TallyProcess.start(dir.resolve("run.log"), List.of("-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError"),
                    "run", "--bootstrap-servers", kafka.bootstrapServers(), "--partitions", "2",
                    "--data-dir", dir.resolve("data").toString(), "--http-port", "0")) {
                run.await("streams running", Duration.ofMinutes(2));
                CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), Duration.ofMinutes(10));
                Matcher m = Pattern.compile("dashboard and API at (http://\\S+)/;").matcher(run.output());
                assertTrue(m.find(), run.output());
                String api = m.group(1);

                List<Read> estimates;
                List<Read> stored;
                try {
                    estimates = concurrently(api + "/api/estimates", "cursor", "estimates", "statistic");
                    stored = concurrently(api + "/internal/stores/current-figures", "after", "entries", null);
                } catch (ExecutionException e) {
                    Thread.sleep(2_000); // the last words of a process that is dying
                    throw new AssertionError("a client failed (" + e.getCause() + "); the process "
                            + (run.alive() ? "is alive" : "died") + ":\n" + run.output(), e);
                }
                assertTrue(run.alive(), "the process died:\n" + run.output());
                assertFalse(run.output().contains("OutOfMemoryError"), run.output());
                for (List<Read> reads : List.of(estimates, stored)) {
                    for (Read r : reads) {
                        assertEquals(reads.get(0).keys(), r.keys(), "every client reads the same, each once");
                    }
                }
                assertTrue(estimates.get(0).keys() > FIGURES / 3, "estimates: " + estimates.get(0).keys());
                assertEquals(FIGURES, stored.get(0).keys(), "every current figure once");
                System.out.printf("concurrent API: heap %s, %d clients at once each read %d estimates (%,d bytes, largest page %,d) "
                                + "and %d current figures (%,d bytes, largest page %,d); the process lives on%n",
                        HEAP, CLIENTS, estimates.get(0).keys(), estimates.get(0).bytes(), estimates.get(0).largestPage(),
                        stored.get(0).keys(), stored.get(0).bytes(), stored.get(0).largestPage());
            }
        }
    }

    /** What one client read: distinct keys, bytes in all, and the largest answer. */
    private record Read(int keys, long bytes, long largestPage) {
    }

    /** {@link #CLIENTS} clients at once, each reading every page of {@code url}. */
    private static List<Read> concurrently(String url, String cursorParameter, String field, String keyField) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Read>> reads = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                reads.add(clients.submit((Callable<Read>) () -> readAll(url, cursorParameter, field, keyField)));
            }
            List<Read> done = new ArrayList<>();
            for (Future<Read> r : reads) {
                done.add(r.get());
            }
            return done;
        } finally {
            clients.shutdownNow();
        }
    }

    private static Read readAll(String url, String cursorParameter, String field, String keyField) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Set<String> keys = new HashSet<>();
        long bytes = 0;
        long largest = 0;
        String cursor = null;
        do {
            String page = url + (cursor == null ? "" : "?" + cursorParameter + "=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(page)).timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
            bytes += r.body().length;
            largest = Math.max(largest, r.body().length);
            JsonNode answer = Json.MAPPER.readTree(r.body());
            JsonNode items = answer.get(field);
            if (keyField == null) {
                items.fieldNames().forEachRemaining(k -> assertTrue(keys.add(k), "twice: " + k));
            } else {
                items.forEach(e -> assertTrue(keys.add(e.get(keyField).asText()), "twice: " + e.get(keyField)));
            }
            cursor = answer.path("next").isTextual() ? answer.get("next").asText() : null;
        } while (cursor != null);
        return new Read(keys.size(), bytes, largest);
    }
}
