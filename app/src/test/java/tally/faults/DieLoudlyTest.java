package tally.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.Brokers;
import tally.ingest.generate.SyntheticFigures;
import tally.ingest.publish.KafkaPublisher;
import tally.stats.TallyEnvironment;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.topology.ConsolidationTopology;
import tally.streams.kafka.TopicSetup;

/**
 * A fatal error ends {@code tally run} (its own JVM) with a non-zero exit status and one line
 * saying why, so that a supervisor restarts it (issue 21, item 5). The faults are real: the input
 * topic deleted under the running application puts Kafka Streams in ERROR (as Kafka's own
 * {@code HandlingSourceTopicDeletionIntegrationTest} shows; before, the process stayed up with
 * health 503), and the embedded broker's log directory deleted under it is a fatal broker error
 * (before, the broker halted the JVM with no word from Tally). {@code demo} and
 * {@code replay --once} fail the same way while they still wait for the application to catch up
 * (before, they waited for that wait's timeout: 3 minutes for the demo, 6 hours for a replay).
 */
class DieLoudlyTest {

    /** Enough for a replay of half a minute or more on the build machine (about 2,000 figures/s at best). */
    private static final int REPLAYED_FIGURES = 60_000;

    @TempDir
    Path dir;

    @Test
    void aStreamsErrorEndsTheProcessWithOneLine() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = Brokers.clientWithTopics(kafka, 2);
            try (TallyProcess run = TallyProcess.start(dir.resolve("run.log"), "run", "--bootstrap-servers", kafka.bootstrapServers(),
                    "--partitions", "2", "--data-dir", dir.resolve("data").toString(), "--http-port", "0")) {
                run.await("streams running", Duration.ofMinutes(2));
                try (Admin admin = Admin.create(client)) {
                    admin.deleteTopics(List.of(TallyEnvironment.DEFAULT.figures())).all().get();
                }
                long faulted = System.nanoTime();
                int exit = run.waitFor(Duration.ofMinutes(2));
                double seconds = (System.nanoTime() - faulted) / 1e9;
                String out = run.output();
                assertEquals(1, exit, out);
                List<String> said = out.lines().filter(l -> l.startsWith("tally run: ")).toList();
                assertEquals(2, said.size(), "the start line and one line saying why:\n" + out);
                assertTrue(said.get(1).startsWith("tally run: the Streams application failed (ERROR): ")
                        && said.get(1).contains("MissingSourceTopicException"), said.get(1));
                System.out.printf("die loudly: exit %d %.1f s after the fault: %s%n", exit, seconds, said.get(1));
            }
        }
    }

    @Test
    void aFatalErrorOfTheEmbeddedBrokerEndsTheProcessWithOneLine() throws Exception {
        Path data = dir.resolve("data");
        try (TallyProcess run = TallyProcess.start(dir.resolve("run.log"), "run", "--embedded", "--partitions", "2", "--data-dir", data.toString(),
                "--http-port", "0")) {
            run.await("streams running", Duration.ofMinutes(2));
            // Files still open keep working; the broker's next checkpoint (every 5 s) fails, and with
            // its only log directory gone the broker halts the process.
            try (Stream<Path> files = Files.walk(data.resolve("kafka").resolve("log"))) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            long faulted = System.nanoTime();
            int exit = run.waitFor(Duration.ofMinutes(2));
            double seconds = (System.nanoTime() - faulted) / 1e9;
            String out = run.output();
            assertNotEquals(0, exit, out);
            List<String> said = out.lines().filter(l -> l.startsWith("tally: ")).toList();
            assertEquals(1, said.size(), out);
            assertTrue(said.get(0).startsWith("tally: the embedded Kafka broker failed"), said.get(0));
            System.out.printf("die loudly (broker): exit %d %.1f s after the fault: %s%n", exit, seconds, said.get(0));
        }
    }

    @Test
    void aStreamsErrorEndsTheDemoWhileItWaitsToCatchUp() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = new Properties();
            client.put("bootstrap.servers", kafka.bootstrapServers());
            // A changelog the application will find with the wrong number of partitions (1 of 2):
            // Kafka Streams refuses it when it assigns its tasks, and goes to ERROR.
            try (Admin admin = Admin.create(client)) {
                admin.createTopics(List.of(new NewTopic(TallyEnvironment.DEFAULT.applicationId() + "-" + ConsolidationTopology.SUMMARIES_STORE.name()
                        + "-changelog", 1, (short) 1)))
                        .all().get();
            }
            long started = System.nanoTime();
            try (TallyProcess demo = TallyProcess.start(dir.resolve("demo.log"), "demo", "--once", "--bootstrap-servers",
                    kafka.bootstrapServers(), "--partitions", "2", "--data-dir", dir.resolve("data").toString(), "--http-port", "0")) {
                assertEndsWithOneLine(demo, "demo", started);
            }
        }
    }

    @Test
    void aStreamsErrorEndsAReplayWhileItWaitsToCatchUp() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = new Properties();
            client.put("bootstrap.servers", kafka.bootstrapServers());
            TopicSetup.ensure(client, TallyEnvironment.DEFAULT, 2, (short) 1);
            SyntheticFigures figures = new SyntheticFigures(21, "replay");
            try (KafkaPublisher publisher = new KafkaPublisher(client, TallyEnvironment.DEFAULT)) {
                publisher.publishFigures(Stream.generate(figures::next).limit(REPLAYED_FIGURES).map(SyntheticFigures::withMeaning).toList());
                publisher.finish();
            }
            long started = System.nanoTime();
            try (TallyProcess replay = TallyProcess.start(dir.resolve("replay.log"), "replay", "--once", "--bootstrap-servers",
                    kafka.bootstrapServers(), "--data-dir", dir.resolve("data").toString())) {
                // The reset deleted the internal topics; once the replayed application has made them
                // again it is processing, far from caught up: its input goes now.
                try (Admin admin = Admin.create(client)) {
                    while (admin.listTopics().names().get().stream().noneMatch(t -> t.startsWith(TallyEnvironment.DEFAULT.applicationId() + "-"))) {
                        assertTrue(replay.alive(), replay.output());
                        Thread.sleep(20);
                    }
                    admin.deleteTopics(List.of(TallyEnvironment.DEFAULT.figures())).all().get();
                }
                assertEndsWithOneLine(replay, "replay", started);
            }
        }
    }

    /** The command exits 1 by itself, well before its catch-up wait's timeout, its last line saying why. */
    private static void assertEndsWithOneLine(TallyProcess process, String command, long started) throws Exception {
        int exit = process.waitFor(Duration.ofSeconds(150)); // the demo waits 3 minutes to catch up, a replay 6 hours
        double seconds = (System.nanoTime() - started) / 1e9;
        String out = process.output();
        assertEquals(1, exit, out);
        List<String> said = out.lines().filter(l -> l.startsWith("tally " + command + ": ")).toList();
        assertEquals(1, said.size(), "one line saying why:\n" + out);
        assertTrue(said.get(0).startsWith("tally " + command + ": the Streams application failed (ERROR): "), said.get(0));
        System.out.printf("die loudly (%s): exit %d %.1f s after start: %s%n", command, exit, seconds, said.get(0));
    }
}
