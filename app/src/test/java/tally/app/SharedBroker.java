package tally.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tally.streams.kafka.EmbeddedKafka;

/**
 * One embedded broker for every test of a class, started before the first and stopped after the
 * last, in a directory of its own: {@code @RegisterExtension static final SharedBroker kafka = new SharedBroker();}.
 */
public final class SharedBroker implements BeforeAllCallback, AfterAllCallback {

    private Path dir;
    private EmbeddedKafka kafka;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("tally-broker");
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            kafka.close();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(SharedBroker::delete);
            }
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
