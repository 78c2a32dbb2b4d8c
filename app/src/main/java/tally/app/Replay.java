package tally.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.tools.StreamsResetter;
import tally.stats.Topics;
import tally.streams.app.TallyStreamsConfig;

/**
 * Resets the Streams application the way Kafka's application reset tool does (it is that tool):
 * input offsets back to the earliest, internal topics deleted. The local state is wiped when the
 * application next starts ({@code TallyApp.start(..., cleanUp = true)}).
 */
public final class Replay {

    private Replay() {
    }

    public static void reset(Properties client) {
        Path config = null;
        try {
            // The reset tool takes client settings (security included) from a file: write one only we can read.
            config = Files.createTempFile("tally-reset", ".properties",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                client.store(w, null);
            }
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            PrintStream originalOut = System.out;
            int code;
            synchronized (System.class) {
                System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
                try {
                    code = new StreamsResetter().execute(new String[] {
                        "--bootstrap-server", client.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG),
                        "--application-id", TallyStreamsConfig.APPLICATION_ID,
                        "--input-topics", Topics.FIGURES,
                        "--to-earliest",
                        "--force",
                        "--command-config", config.toString()});
                } finally {
                    System.setOut(originalOut);
                }
            }
            if (code != 0) {
                throw new IllegalStateException("the application reset failed: " + captured.toString(StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (config != null) {
                try {
                    Files.deleteIfExists(config);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans it up
                }
            }
        }
    }
}
