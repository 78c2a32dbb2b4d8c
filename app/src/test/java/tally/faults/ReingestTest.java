package tally.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.Brokers;
import tally.ingest.publish.Ingestion;
import tally.ingest.publish.KafkaPublisher;
import tally.ingest.read.ArticleReader;
import tally.stats.TallyEnvironment;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.CaughtUp;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicReader;

/** The same corpus ingested again and again, in other orders, leaves every output unchanged. */
class ReingestTest {

    @TempDir
    Path dir;

    @Test
    void ingestingTheSameArticlesAgainInAnyOrderChangesNothing() throws Exception {
        Path corpus = dir.resolve("news.jsonl");
        assertEquals(0, tally.cli.TallyRun.of("generate", "--articles", "1000", "--seed", "3", "-o", corpus.toString()).exit());
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = Brokers.clientWithTopics(kafka, 4);
            try (TallyApp app = TallyApp.start(TallyEnvironment.DEFAULT, client, dir.resolve("state"), TallyStreamsConfig.EXACTLY_ONCE, 1, false, null)) {
                app.awaitRunning(Duration.ofMinutes(2));
                ingest(client, corpus);
                List<Map<String, ?>> first = outputs(client);
                Random random = new Random(3);
                for (int round = 1; round <= 3; round++) {
                    List<String> shuffled = new ArrayList<>(lines);
                    Collections.shuffle(shuffled, random);
                    Path again = dir.resolve("again-" + round + ".jsonl");
                    Files.write(again, shuffled, StandardCharsets.UTF_8);
                    ingest(client, again);
                    assertEquals(first, outputs(client), "after ingest number " + (round + 1));
                }
                System.out.printf("re-ingest: %d articles ingested 4 times in 4 orders; %d estimates unchanged%n",
                        lines.size(), first.get(0).size());
            }
        }
    }

    private static void ingest(Properties client, Path file) {
        try (KafkaPublisher publisher = new KafkaPublisher(client, TallyEnvironment.DEFAULT)) {
            Ingestion ingestion = new Ingestion(publisher, p -> { });
            new ArticleReader(new ArticleReader.Defaults(null, null, null)).read(file.toString(), null, ingestion);
            publisher.finish();
            assertEquals(List.of(), ingestion.problems());
        }
        CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), Duration.ofMinutes(3));
    }

    private static List<Map<String, ?>> outputs(Properties client) {
        List<Map<String, ?>> all = new ArrayList<>();
        for (var topic : List.of(TallyEnvironment.DEFAULT.estimates(), TallyEnvironment.DEFAULT.seriesYearly(), TallyEnvironment.DEFAULT.mentionsWeekly())) {
            Map<String, byte[]> latest = TopicReader.latest(client, topic, new org.apache.kafka.common.serialization.ByteArrayDeserializer());
            Map<String, String> text = new java.util.TreeMap<>();
            latest.forEach((k, v) -> {
                if (v != null) {
                    text.put(k, new String(v, StandardCharsets.UTF_8));
                }
            });
            all.add(text);
        }
        return all;
    }
}
