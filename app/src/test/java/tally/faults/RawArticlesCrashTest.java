package tally.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.Brokers;
import tally.app.Export;
import tally.ingest.Extraction;
import tally.ingest.generate.SyntheticNews;
import tally.ingest.read.RawArticle;
import tally.stats.Figure;
import tally.stats.TallyEnvironment;
import tally.stats.json.Json;
import tally.streams.kafka.CaughtUp;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicReader;

/**
 * Extraction inside the application (issue 18) under crashes: raw articles on
 * {@code tally.articles.raw}, {@code tally run} (exactly_once_v2) killed with SIGKILL twice while it
 * extracts them and restarted; at the end every article is on {@code tally.articles} once, its
 * figures on {@code tally.figures} once and the same as ingest's extraction gives, and the outputs
 * equal a clean run over them.
 */
class RawArticlesCrashTest {

    static final int ARTICLES = Integer.getInteger("tally.crash.articles", 1_000) / 3;
    static final int KILLS = 2;

    @TempDir
    Path dir;

    @Test
    void killedWhileExtractingItLosesNothingAndWritesNothingTwice() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        TallyEnvironment env = TallyEnvironment.DEFAULT;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = Brokers.clientWithTopics(kafka, 4);
            SyntheticNews news = new SyntheticNews(7);
            Extraction extraction = new Extraction();
            Set<String> expectedFigures = new TreeSet<>();
            Set<String> articleIds = new TreeSet<>();
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(client, new StringSerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < ARTICLES; i++) {
                    SyntheticNews.Article a = news.next();
                    Map<String, String> line = Map.of("id", a.id(), "published", a.published().toString(), "source", a.source(),
                            "url", a.url(), "title", a.title(), "lang", a.lang(), "text", a.text());
                    producer.send(new ProducerRecord<>(env.articlesRaw(), a.url(), Json.MAPPER.writeValueAsBytes(line)));
                    Extraction.Result r = extraction.process(new RawArticle(a.id(), a.published(), a.source(), a.url(), a.title(),
                            a.lang(), a.text(), false, a.id(), true));
                    articleIds.add(r.article().id());
                    r.figures().forEach(f -> expectedFigures.add(f.id()));
                }
                producer.flush();
            }
            String[] run = {"run", "--bootstrap-servers", kafka.bootstrapServers(), "--data-dir", dir.resolve("run").toString(),
                "--http-port", "0", "--partitions", "4", "--processing-guarantee", "exactly_once_v2"};
            // Static membership, as in CrashRecoveryTest: a restarted instance takes the killed one's place in the
            // group at once instead of waiting out its session (45 s a kill).
            Map<String, String> member = Map.of("KAFKA_GROUP_INSTANCE_ID", "raw-crash-test");
            for (int attempt = 0; attempt <= KILLS; attempt++) {
                try (TallyProcess p = TallyProcess.start(dir.resolve("run-" + attempt + ".log"), member, List.of(), run)) {
                    p.await("streams running", Duration.ofMinutes(2));
                    if (attempt < KILLS) {
                        Thread.sleep(500 + random.nextInt(3_000)); // in the middle of the extraction
                        p.kill();
                    } else {
                        CaughtUp.await(client, env.applicationId(), env.articlesRaw(), Duration.ofMinutes(5));
                        CaughtUp.await(client, env.applicationId(), env.figures(), Duration.ofMinutes(5));
                        p.stop();
                    }
                }
            }
            List<ConsumerRecord<String, byte[]>> articles = TopicReader.all(client, env.articles(), new ByteArrayDeserializer());
            assertEquals(ARTICLES, articles.size(), "each article once (seed " + seed + ")");
            assertEquals(articleIds, articles.stream().map(ConsumerRecord::key).collect(Collectors.toCollection(TreeSet::new)));
            List<ConsumerRecord<String, byte[]>> figureRecords = TopicReader.all(client, env.figures(), new ByteArrayDeserializer());
            assertEquals(expectedFigures.size(), figureRecords.size(), "each figure once (seed " + seed + ")");
            List<Figure> figures = Export.figures(client, env, null);
            assertEquals(expectedFigures, figures.stream().map(Figure::id).collect(Collectors.toCollection(TreeSet::new)));
            assertTrue(figures.size() > ARTICLES / 2, "figures: " + figures.size());
            CleanRun.assertOutputsEqual(client, figures, "raw articles, seed " + seed);
            System.out.printf("raw crash test: %d kills, %d articles, %d figures: each once, outputs equal (seed %d)%n",
                    KILLS, ARTICLES, figures.size(), seed);
        }
    }
}
