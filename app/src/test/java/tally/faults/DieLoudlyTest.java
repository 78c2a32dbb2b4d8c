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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.Brokers;
import tally.stats.Topics;
import tally.streams.kafka.EmbeddedKafka;

/**
 * A fatal error ends {@code tally run} (its own JVM) with a non-zero exit status and one line
 * saying why, so that a supervisor restarts it (issue 21, item 5). The faults are real: the input
 * topic deleted under the running application puts Kafka Streams in ERROR (as Kafka's own
 * {@code HandlingSourceTopicDeletionIntegrationTest} shows; before, the process stayed up with
 * health 503), and the embedded broker's log directory deleted under it is a fatal broker error
 * (before, the broker halted the JVM with no word from Tally).
 */
class DieLoudlyTest {

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
                    admin.deleteTopics(List.of(Topics.FIGURES)).all().get();
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
}
