package tally.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.Brokers;
import tally.stats.TallyEnvironment;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicReader;

/**
 * {@code tally ingest -} (its own JVM) publishes each article as its line arrives on standard
 * input, while the pipe stays open, as from a crawler (issue 21, item 7). Before, standard input
 * was read to its end first and nothing was published until it closed.
 */
class StreamingIngestTest {

    @TempDir
    Path dir;

    @Test
    void eachLineIsPublishedWhileStandardInputStaysOpen() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = Brokers.clientWithTopics(kafka, 2);
            try (TallyProcess ingest = TallyProcess.start(dir.resolve("ingest.log"), "ingest", "--bootstrap-servers", kafka.bootstrapServers(),
                    "--partitions", "2", "-")) {
                OutputStream stdin = ingest.stdin();
                for (int i = 1; i <= 2; i++) {
                    stdin.write(("{\"id\":\"crawl-" + i + "\",\"published\":\"2012-03-05\",\"text\":\"Police in Ciudad Juarez said " + (10 + i)
                            + " people were killed in Mexico last month.\"}\n").getBytes(StandardCharsets.UTF_8));
                    stdin.flush();
                    awaitArticles(client, i, ingest);
                }
                assertTrue(ingest.alive(), "still reading standard input");
                stdin.close();
                assertEquals(0, ingest.waitFor(Duration.ofMinutes(1)), ingest.output());
                System.out.println("streaming ingest: each line published while standard input stayed open");
            }
        }
    }

    /** A hang guard, not a timing: before, the articles came only once standard input closed. */
    private static void awaitArticles(Properties client, int n, TallyProcess ingest) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (TopicReader.all(client, TallyEnvironment.DEFAULT.articles(), new ByteArrayDeserializer()).size() >= n) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("article " + n + " not published while standard input is open:\n" + ingest.output());
    }
}
