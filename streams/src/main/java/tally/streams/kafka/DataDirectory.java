package tally.streams.kafka;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import tally.stats.TallyEnvironment;

/**
 * One Tally process per data directory (the embedded broker's data and the Streams state): a
 * second one on the same directory corrupts the broker's log. An OS file lock on
 * {@code DIR/tally.lock} says who owns it; the OS releases it when the process ends, even by
 * SIGKILL, so a crash never leaves a stale lock. The owner writes its embedded broker's address
 * and its environment (topic prefix, application id) into the lock file, so that other commands
 * can find that broker and use it with the same topics.
 *
 * <p>A process asks about directories it owns itself from memory, never through the file: on
 * Linux, closing any descriptor of a locked file releases the process's lock on it.
 */
public final class DataDirectory implements AutoCloseable {

    static final String LOCK_FILE = "tally.lock";
    private static final String KAFKA = "kafka";
    private static final String TOPIC_PREFIX = "topic.prefix";
    private static final String APPLICATION_ID = "application.id";

    /** The directories this process owns, by absolute path, with what it wrote about itself. */
    private static final Map<Path, Properties> OWNED = new ConcurrentHashMap<>();

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectory(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes {@code dir} for this process, or refuses at once ({@link InUse}) when another Tally has it. */
    public static synchronized DataDirectory lock(Path dir) {
        Properties mine = OWNED.get(key(dir));
        if (mine != null) {
            throw new InUse(dir, mine.getProperty(KAFKA));
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new InUse(dir, written(dir).getProperty(KAFKA));
            }
            DataDirectory taken = new DataDirectory(dir, channel, lock);
            taken.write(new Properties());
            return taken;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The address of the embedded broker of the Tally process that has {@code dir} now, if one
     * does: empty when no process has it (a lock file left by a finished or killed process says
     * nothing) or when its process uses another Kafka.
     */
    public static synchronized Optional<String> runningKafka(Path dir) {
        return owner(dir).map(p -> p.getProperty(KAFKA));
    }

    /** The topics and application of the Tally process with an embedded broker on {@code dir}, if one runs there. */
    public static synchronized Optional<TallyEnvironment> runningEnvironment(Path dir) {
        return owner(dir).filter(p -> p.getProperty(APPLICATION_ID) != null)
                .map(p -> new TallyEnvironment(p.getProperty(TOPIC_PREFIX, ""), p.getProperty(APPLICATION_ID)));
    }

    /** What the process that has {@code dir} now wrote about itself; empty when no process has it. */
    private static Optional<Properties> owner(Path dir) {
        Properties mine = OWNED.get(key(dir));
        if (mine != null) {
            return Optional.of(mine);
        }
        Path file = dir.resolve(LOCK_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
            return Optional.of(written(dir));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Records the address of this process's embedded broker and the environment it serves, for
     * {@link #runningKafka} and {@link #runningEnvironment}.
     */
    public void kafkaAt(String bootstrapServers, TallyEnvironment environment) {
        Properties p = new Properties();
        p.setProperty(KAFKA, bootstrapServers);
        p.setProperty(TOPIC_PREFIX, environment.topicPrefix());
        p.setProperty(APPLICATION_ID, environment.applicationId());
        write(p);
    }

    public Path path() {
        return dir;
    }

    @Override
    public void close() {
        OWNED.remove(key(dir));
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    /** Another Tally process (or another command of this one) has the directory. */
    public static final class InUse extends IllegalStateException {

        private final transient String kafka;

        InUse(Path dir, String kafka) {
            super(kafka == null
                    ? "Tally is already using " + dir + "; stop it or pass another --data-dir"
                    : "Tally is already using " + dir + " (its Kafka is at " + kafka + "); pass --bootstrap-servers " + kafka);
            this.kafka = kafka;
        }

        /** The address of the owner's embedded broker, or null when it has none. */
        public String kafka() {
            return kafka;
        }
    }

    private static Path key(Path dir) {
        return dir.toAbsolutePath().normalize();
    }

    /** What the owner wrote into the lock file (advisory locks do not stop reading it). */
    private static Properties written(Path dir) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(dir.resolve(LOCK_FILE), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            // unreadable: nothing known about the owner
        }
        return p;
    }

    /** Rewrites the lock file in place: replacing it would leave the lock on a file nobody reads. */
    private void write(Properties p) {
        OWNED.put(key(dir), p);
        p.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        StringBuilder text = new StringBuilder("# the Tally process using this data directory\n");
        p.stringPropertyNames().stream().sorted().forEach(k -> text.append(k).append('=').append(p.getProperty(k)).append('\n'));
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(LOCK_FILE) + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing held
            }
        }
    }
}
