package tally.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.Brokers;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicReader;

/**
 * The broker stops and comes back while {@code tally ingest} (its own JVM) is publishing a
 * generated corpus: the idempotent producer retries, and every article and figure arrives exactly
 * once (the counts on the topics equal the ingest's own count, with no duplicate key).
 */
class BrokerRestartTest {

    static final int ARTICLES = Integer.getInteger("tally.restart.articles", 6_000);

    @TempDir
    Path dir;

    @Test
    void ingestSurvivesABrokerRestartWithNothingLostOrTwice() throws Exception {
        Path corpus = dir.resolve("news.jsonl");
        assertEquals(0, tally.cli.TallyRun.of("generate", "--articles", String.valueOf(ARTICLES), "--seed", "11",
                "-o", corpus.toString()).exit());
        Path kafkaDir = dir.resolve("kafka");
        EmbeddedKafka kafka = EmbeddedKafka.start(kafkaDir);
        String bootstrap = kafka.bootstrapServers();
        Properties client = Brokers.clientWithTopics(kafka, 4);
        try (TallyProcess ingest = TallyProcess.start(dir.resolve("ingest.log"), "ingest", "--bootstrap-servers", bootstrap,
                "--partitions", "4", corpus.toString())) {
            Brokers.awaitMoreThan(client, TallyEnvironment.DEFAULT.figures(), 500);
            assertTrue(ingest.alive(), "the broker stops while ingest is still publishing");
            kafka.close();
            Thread.sleep(3_000);
            kafka = EmbeddedKafka.start(kafkaDir);
            assertEquals(bootstrap, kafka.bootstrapServers(), "the broker came back on its port");
            int exit = ingest.waitFor(Duration.ofMinutes(4));
            String out = ingest.output();
            assertEquals(0, exit, out);
            Matcher m = Pattern.compile("ingested (\\d+) articles and (\\d+) figures").matcher(out);
            assertTrue(m.find(), out);
            int articles = Integer.parseInt(m.group(1));
            int figures = Integer.parseInt(m.group(2));
            assertEquals(ARTICLES, articles);
            assertOnceEach(client, TallyEnvironment.DEFAULT.articles(), articles);
            assertOnceEach(client, TallyEnvironment.DEFAULT.figures(), figures);
            System.out.printf("broker restart during ingest: %d articles, %d figures, each on its topic once%n", articles, figures);
        } finally {
            kafka.close();
        }
    }

    /** Each record's own id (figures are keyed by their article, so the key is not unique). */
    private static void assertOnceEach(Properties client, String topic, int expected) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.all(client, topic, new ByteArrayDeserializer());
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            try {
                ids.add(Json.MAPPER.readTree(r.value()).get("id").asText());
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON on " + topic, e);
            }
        }
        assertEquals(expected, ids.size(), topic + ": every one arrived");
        assertEquals(expected, records.size(), topic + ": none twice");
    }
}
