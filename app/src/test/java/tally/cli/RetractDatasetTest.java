package tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.stats.Figure;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.CaughtUp;
import tally.streams.kafka.EmbeddedKafka;

/**
 * Issue 18's acceptance for datasets, on a real broker: a generated load (dataset synthetic) over
 * real articles changes the statistics, and {@code retract --dataset synthetic} restores them
 * exactly, as {@code export} shows them; {@code reextract} does not bring the load back.
 */
class RetractDatasetTest {

    private static final List<String> EXPORTS = List.of("estimates", "series", "mentions", "figures");

    @TempDir
    static Path dir;

    static EmbeddedKafka kafka;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void retractingAGeneratedLoadRestoresTheStatisticsExactly() throws Exception {
        String bootstrap = kafka.bootstrapServers();
        Properties client = new Properties();
        client.put("bootstrap.servers", bootstrap);
        TallyRun samples = TallyRun.of("ingest", "--bootstrap-servers", bootstrap, "--partitions", "2", Path.of("..", "samples").toString());
        assertEquals(0, samples.exit(), samples.err());
        Path generated = dir.resolve("generated.jsonl");
        TallyRun generate = TallyRun.of("generate", "--articles", "150", "--seed", "7", "-o", generated.toString());
        assertEquals(0, generate.exit(), generate.err());

        try (TallyApp app = TallyApp.start(TallyEnvironment.DEFAULT, client, dir.resolve("state"), TallyStreamsConfig.EXACTLY_ONCE, 1, false, null)) {
            app.awaitRunning(Duration.ofMinutes(2));
            caughtUp(client);
            Map<String, String> before = exports(bootstrap);
            assertTrue(before.get("estimates").lines().count() > 10, before.get("estimates"));

            TallyRun load = TallyRun.of("ingest", "--bootstrap-servers", bootstrap, generated.toString());
            assertEquals(0, load.exit(), load.err());
            caughtUp(client);
            Map<String, String> loaded = exports(bootstrap);
            for (String what : EXPORTS) {
                assertNotEquals(before.get(what), loaded.get(what), what + " changed by the generated load");
            }
            TallyRun synthetic = TallyRun.of("export", "figures", "--format", "jsonl", "--dataset", "synthetic", "--bootstrap-servers", bootstrap);
            assertEquals(0, synthetic.exit(), synthetic.err());
            List<Figure> generatedFigures = synthetic.out().lines().map(l -> read(l, Figure.class)).toList();
            assertTrue(generatedFigures.size() > 50, "the generated figures: " + generatedFigures.size());
            assertTrue(generatedFigures.stream().allMatch(f -> f.dataset().equals("synthetic")));
            TallyRun real = TallyRun.of("export", "figures", "--dataset", "default", "--bootstrap-servers", bootstrap);
            assertEquals(before.get("figures"), real.out(), "the default dataset's figures are the real articles' alone");

            TallyRun retract = TallyRun.of("retract", "--dataset", "synthetic", "--bootstrap-servers", bootstrap);
            assertEquals(0, retract.exit(), retract.err());
            assertTrue(retract.out().startsWith("tally retract: 150 article(s) of dataset synthetic withdrawn"), retract.out());
            caughtUp(client);
            assertEquals(before, exports(bootstrap), "the statistics are again exactly what they were");

            TallyRun again = TallyRun.of("retract", "--dataset", "synthetic", "--bootstrap-servers", bootstrap);
            assertTrue(again.out().startsWith("tally retract: 0 article(s)"), "nothing left to withdraw: " + again.out());
            TallyRun reextract = TallyRun.of("reextract", "--bootstrap-servers", bootstrap);
            assertEquals(0, reextract.exit(), reextract.err());
            caughtUp(client);
            assertEquals(before, exports(bootstrap), "reextract does not bring a withdrawn dataset back");
        }
    }

    private static void caughtUp(Properties client) {
        CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), Duration.ofMinutes(3));
    }

    /** Every export as CSV, by what it is. */
    private static Map<String, String> exports(String bootstrap) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String what : EXPORTS) {
            TallyRun export = TallyRun.of("export", what, "--bootstrap-servers", bootstrap);
            assertEquals(0, export.exit(), export.err());
            out.put(what, export.out());
        }
        return out;
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
