package tally.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.cli.TallyRun;

/**
 * One Tally process per data directory (issue 20): with {@code tally run --embedded} running in
 * its own JVM, a second one on the same directory is refused at once with one line naming the
 * running broker (before, it started a second broker on the same log, and one of the two died of
 * a corrupt record or a bind error); {@code ingest} and {@code export} without an address find
 * that broker and use it, saying so; and once the first process is killed with SIGKILL, a new one
 * starts on the directory, since the OS lock dies with its process.
 */
class DataDirLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsRefusedOthersUseTheRunningBrokerAndACrashLeavesNoLock() throws Exception {
        Path data = dir.resolve("data");
        String[] run = {"run", "--embedded", "--partitions", "2", "--data-dir", data.toString(), "--http-port", "0"};
        String kafka;
        try (TallyProcess first = TallyProcess.start(dir.resolve("first.log"), run)) {
            first.await("streams running", Duration.ofMinutes(3));
            Matcher m = Pattern.compile("streams running against (127\\.0\\.0\\.1:\\d+)").matcher(first.output());
            assertTrue(m.find(), first.output());
            kafka = m.group(1);

            long started = System.nanoTime();
            TallyRun second = TallyRun.of(run);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(1, second.exit(), second.out() + second.err());
            assertEquals("tally run: Tally is already using " + data + " (its Kafka is at " + kafka + "); pass --bootstrap-servers " + kafka,
                    second.err().strip());
            System.out.printf("second process on the data directory refused after %.2f s: %s%n", seconds, second.err().strip());

            Path article = dir.resolve("article.txt");
            Files.writeString(article, "Published: 2011-01-13\n\nOfficials said 15,273 people were killed in Mexico in 2010.\n");
            TallyRun ingest = TallyRun.of("ingest", "--data-dir", data.toString(), article.toString());
            assertEquals(0, ingest.exit(), ingest.err());
            assertEquals("tally ingest: using the Kafka of the Tally running on " + data + " at " + kafka, ingest.err().strip());
            assertTrue(ingest.out().startsWith("ingested 1 articles and 1 figures (2 records) to " + kafka), ingest.out());
            TallyRun export = TallyRun.of("export", "figures", "--data-dir", data.toString());
            assertEquals(0, export.exit(), export.err());
            assertTrue(export.out().contains("15273"), export.out());
            assertTrue(first.alive(), "the running process is unharmed:\n" + first.output());

            first.kill();
        }
        try (TallyProcess next = TallyProcess.start(dir.resolve("next.log"), run)) {
            next.await("streams running against " + kafka, Duration.ofMinutes(3));
            int exit = next.stop();
            assertTrue(exit == 0 || exit == 143, "a clean stop on SIGTERM (143 is the JVM's own status for it): " + exit + "\n" + next.output());
        }
    }
}
