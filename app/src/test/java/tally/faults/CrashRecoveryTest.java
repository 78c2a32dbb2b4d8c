package tally.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tally.app.Brokers;
import tally.ingest.Extraction;
import tally.ingest.generate.SyntheticFigures;
import tally.ingest.generate.SyntheticNews;
import tally.ingest.publish.KafkaPublisher;
import tally.ingest.read.RawArticle;
import tally.stats.Figure;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.Snapshot;
import tally.app.Export;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.CaughtUp;
import tally.streams.kafka.EmbeddedKafka;

/**
 * {@code tally run} in its own JVM, killed with SIGKILL at random moments while it works through
 * a generated corpus and restarted each time: when all input is processed, every output topic
 * equals what a clean run computes from the same figures (the batch {@link Snapshot}, which
 * EmbeddedPipelineTest shows equal to a clean run). With exactly_once_v2 by transactions; with
 * at_least_once because every aggregate is keyed by figure id, so a replayed record changes nothing.
 */
class CrashRecoveryTest {

    static final int ARTICLES = Integer.getInteger("tally.crash.articles", 1_000);
    static final int KILLS = Integer.getInteger("tally.crash.kills", 3);
    static final Duration CATCH_UP = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"exactly_once_v2", "at_least_once"})
    void killedAndRestartedItLosesNothingAndCountsNothingTwice(String guarantee) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = Brokers.clientWithTopics(kafka, 4);
            // Static membership: a restarted instance takes its place in the group at once instead
            // of waiting out the killed one's session.
            Path config = dir.resolve("client.properties");
            Files.writeString(config, "bootstrap.servers=" + kafka.bootstrapServers() + "\ngroup.instance.id=crash-test\n"
                    + "session.timeout.ms=10000\n");
            List<List<Figure>> batches = corpus(KILLS + 1);
            String[] run = {"run", "--kafka-config", config.toString(), "--data-dir", dir.resolve("run").toString(),
                "--http-port", "0", "--partitions", "4", "--processing-guarantee", guarantee};
            int published = 0;
            for (int attempt = 0; attempt <= KILLS; attempt++) {
                try (TallyProcess p = TallyProcess.start(dir.resolve("run-" + attempt + ".log"), run)) {
                    p.await("streams running", Duration.ofMinutes(2));
                    published += publish(client, batches.get(attempt));
                    if (attempt < KILLS) {
                        Thread.sleep(200 + random.nextInt(2_500)); // somewhere in the middle of the work
                        p.kill();
                    } else {
                        CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), CATCH_UP);
                        int exit = p.stop();
                        assertTrue(exit == 0 || exit == 143, "a clean stop on SIGTERM (143 is the JVM's own status for it): " + exit + "\n" + p.output());
                    }
                }
            }
            List<Figure> figures = Export.figures(client, TallyEnvironment.DEFAULT, null);
            assertEquals(published, figures.size(), "every figure sent is on the topic once (seed " + seed + ")");
            Snapshot clean = CleanRun.assertOutputsEqual(client, figures, guarantee + ", seed " + seed);
            assertTrue(clean.estimates().size() > 1_000, "statistics: " + clean.estimates().size());
            System.out.printf("crash test %s: %d kills, %d figures, %d estimates, %d series points, %d mention weeks: all equal (seed %d)%n",
                    guarantee, KILLS, figures.size(), clean.estimates().size(), clean.series().size(), clean.mentions().size(), seed);
        }
    }

    /** The generated corpus's figures, in {@code n} batches. */
    static List<List<Figure>> corpus(int n) {
        SyntheticNews news = new SyntheticNews(42);
        Extraction extraction = new Extraction();
        List<List<Figure>> batches = new java.util.ArrayList<>();
        for (int b = 0; b < n; b++) {
            List<Figure> batch = new java.util.ArrayList<>();
            for (int i = 0; i < ARTICLES / n; i++) {
                SyntheticNews.Article a = news.next();
                // Every kind, definition and some subdivisions, so that incidents, stocks and tallies are recovered too.
                extraction.process(new RawArticle(a.id(), a.published(), a.source(), a.url(), a.title(), a.lang(), a.text(), false,
                        a.id(), true)).figures().forEach(f -> batch.add(SyntheticFigures.withMeaning(f)));
            }
            batches.add(batch);
        }
        return batches;
    }

    private static int publish(Properties client, List<Figure> figures) {
        try (KafkaPublisher publisher = new KafkaPublisher(client, TallyEnvironment.DEFAULT)) {
            publisher.publishFigures(figures);
            publisher.finish();
        }
        return figures.size();
    }
}
