package tally.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import tally.cli.TallyRun;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicReader;

/**
 * The broker is lost for good while {@code tally ingest} (its own JVM) publishes (issue 21, item
 * 6): ingest ends within its delivery timeout with exit status 1 and one line naming the first
 * input (file:line) not published; once the broker is back, ingesting the batch from that line
 * on leaves every article on its topic. Before, ingest said only "N of M records were not
 * written", and with Kafka's default timeouts it waited up to 60 s per record. The timeouts are
 * shortened here (10 s delivery) through the client properties file, as a user would.
 */
class BrokerLostTest {

    static final int ARTICLES = Integer.getInteger("tally.lost.articles", 6_000);
    static final int DELIVERY_TIMEOUT_MS = 10_000;

    @TempDir
    Path dir;

    @Test
    void ingestEndsNamingWhereToResumeAndResumingPublishesEverything() throws Exception {
        Path corpus = dir.resolve("news.jsonl");
        assertEquals(0, TallyRun.of("generate", "--articles", String.valueOf(ARTICLES), "--seed", "21", "-o", corpus.toString()).exit());
        Path config = dir.resolve("client.properties");
        Files.writeString(config, "delivery.timeout.ms=" + DELIVERY_TIMEOUT_MS + "\nrequest.timeout.ms=3000\nmax.block.ms=5000\n");
        Path kafkaDir = dir.resolve("kafka");
        EmbeddedKafka kafka = EmbeddedKafka.start(kafkaDir);
        String bootstrap = kafka.bootstrapServers();
        Properties client = Brokers.clientWithTopics(kafka, 4);
        int resumeLine;
        try (TallyProcess ingest = TallyProcess.start(dir.resolve("ingest.log"), "ingest", "--bootstrap-servers", bootstrap,
                "--kafka-config", config.toString(), corpus.toString())) {
            Brokers.awaitMoreThan(client, TallyEnvironment.DEFAULT.articles(), 300);
            assertTrue(ingest.alive(), "the broker is lost while ingest is still publishing");
            kafka.close();
            long lost = System.nanoTime();
            int exit = ingest.waitFor(Duration.ofMinutes(2));
            double seconds = (System.nanoTime() - lost) / 1e9;
            String out = ingest.output();
            assertEquals(1, exit, out);
            List<String> said = out.lines().filter(l -> l.startsWith("tally ingest: ")).toList();
            assertEquals(1, said.size(), out);
            Matcher m = Pattern.compile("^tally ingest: " + Pattern.quote(corpus.toString()) + ":(\\d+): not published, nor every input after it \\(")
                    .matcher(said.get(0));
            assertTrue(m.find(), said.get(0));
            resumeLine = Integer.parseInt(m.group(1));
            assertTrue(seconds < 6.0 * DELIVERY_TIMEOUT_MS / 1000, "ended " + seconds + " s after the broker was lost");
            System.out.printf("broker lost during ingest: exit %d %.1f s after (delivery timeout %d s): %s%n", exit, seconds,
                    DELIVERY_TIMEOUT_MS / 1000, said.get(0));
        }
        kafka = EmbeddedKafka.start(kafkaDir);
        try {
            List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
            Path rest = dir.resolve("rest.jsonl");
            Files.write(rest, lines.subList(resumeLine - 1, lines.size()), StandardCharsets.UTF_8);
            TallyRun again = TallyRun.of("ingest", "--bootstrap-servers", kafka.bootstrapServers(), rest.toString());
            assertEquals(0, again.exit(), again.err());
            assertEquals(ARTICLES, articleIds(client).size(), "every article is on tally.articles after resuming");
            System.out.printf("resumed from line %d of %d: all %d articles published%n", resumeLine, ARTICLES, ARTICLES);
        } finally {
            kafka.close();
        }
    }

    private static Set<String> articleIds(Properties client) throws java.io.IOException {
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, byte[]> r : TopicReader.all(client, TallyEnvironment.DEFAULT.articles(), new ByteArrayDeserializer())) {
            ids.add(Json.MAPPER.readTree(r.value()).get("id").asText());
        }
        return ids;
    }
}
