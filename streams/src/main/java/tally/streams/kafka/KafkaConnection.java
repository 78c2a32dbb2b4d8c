package tally.streams.kafka;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import tally.stats.TallyEnvironment;

/**
 * Where Tally's Kafka is, in this order: the bootstrap address given (option, then
 * {@code KAFKA_BOOTSTRAP_SERVERS}, then the client properties file), with every other client
 * property (security protocol, SASL, SSL) from the file and then the environment
 * ({@link KafkaEnvironment}); else, when asked for, an embedded broker in the data directory;
 * else the embedded broker of the Tally process running on the data directory (a demo). Without
 * any of these it refuses: a forgotten address must not start a private Kafka. A given address
 * is tried at once, so that a wrong one fails in seconds, naming it.
 */
public final class KafkaConnection implements AutoCloseable {

    /** How long a given cluster has to answer before Tally says it cannot reach it. */
    public static final Duration REACH_TIMEOUT = Duration.ofSeconds(15);

    private final Properties client;
    private final Path dataDir;
    private TallyEnvironment environment;
    private EmbeddedKafka embedded;
    private DataDirectory lock;

    private KafkaConnection(Properties client, Path dataDir) {
        this.client = client;
        this.dataDir = dataDir;
    }

    /**
     * What to connect to.
     *
     * @param bootstrapServers from the command line, or null
     * @param configFile       a Kafka client properties file, or null
     * @param env              the environment: KAFKA_BOOTSTRAP_SERVERS and other client properties
     *                         ({@link KafkaEnvironment}) override the file's
     * @param dataDir          where the embedded broker keeps its data, and the Streams state
     * @param embedded         whether to start an embedded broker when no address is given
     * @param environment      the topics and application id given, or null: then those of the Tally
     *                         running on the data directory when its broker is used, else the default
     */
    public record Settings(String bootstrapServers, Path configFile, Map<String, String> env, Path dataDir, boolean embedded,
                           TallyEnvironment environment) {
    }

    /** Connects as {@code settings} say; {@code say} gets one line when it uses a running Tally's broker. */
    public static KafkaConnection open(Settings settings, Consumer<String> say) {
        Properties client = clientProperties(settings.configFile(), settings.env());
        KafkaConnection connection = new KafkaConnection(client, settings.dataDir());
        connection.environment = settings.environment() != null ? settings.environment() : TallyEnvironment.DEFAULT;
        String given = settings.bootstrapServers() != null ? settings.bootstrapServers() : client.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        if (given != null && !given.isBlank()) {
            client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, given);
            requireReachable(client, whereGiven(settings));
            return connection;
        }
        if (settings.embedded()) {
            connection.startEmbedded();
            return connection;
        }
        Optional<String> running = DataDirectory.runningKafka(settings.dataDir());
        if (running.isPresent()) {
            client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, running.get());
            if (settings.environment() == null) {
                // Its topics too: a demo started with --topic-prefix is found with its prefix.
                DataDirectory.runningEnvironment(settings.dataDir()).ifPresent(e -> connection.environment = e);
            }
            say.accept("using the Kafka of the Tally running on " + settings.dataDir() + " at " + running.get()
                    + (connection.environment.equals(TallyEnvironment.DEFAULT) ? ""
                    : " (topic prefix '" + connection.environment.topicPrefix() + "', application id " + connection.environment.applicationId() + ")"));
            requireReachable(client, "the address in " + settings.dataDir().resolve(DataDirectory.LOCK_FILE));
            return connection;
        }
        throw new IllegalArgumentException("no Kafka to use: pass --bootstrap-servers HOST:PORT (or set KAFKA_BOOTSTRAP_SERVERS, or "
                + "bootstrap.servers in --kafka-config), or --embedded for a broker of its own in " + settings.dataDir()
                + ", or start 'tally demo' on " + settings.dataDir() + " first");
    }

    /**
     * The client properties of a file and the environment, every name checked ({@link ClientSettings}).
     *
     * @param configFile a Kafka client properties file, or null
     * @param env        client properties as KAFKA_* variables, which override the file's
     */
    public static Properties clientProperties(Path configFile, Map<String, String> env) {
        Properties client = new Properties();
        if (configFile != null) {
            try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                client.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Kafka client properties " + configFile + ": " + e.getMessage(), e);
            }
            ClientSettings.check(client, configFile.toString());
        }
        client.putAll(KafkaEnvironment.clientProperties(env));
        return client;
    }

    /**
     * Takes the data directory for this process's Streams state, or refuses when another Tally has
     * it; the lock is held until {@link #close()}.
     *
     * @return the Streams state directory
     */
    public Path lockState() {
        if (lock == null) {
            try {
                lock = DataDirectory.lock(dataDir);
            } catch (DataDirectory.InUse inUse) {
                // The other process's Kafka may be the right one, but its state directory never is.
                throw inUse.kafka() == null ? inUse : new IllegalStateException(inUse.getMessage() + " and another --data-dir", inUse);
            }
        }
        return dataDir.resolve("streams");
    }

    private void startEmbedded() {
        lock = DataDirectory.lock(dataDir);
        try {
            embedded = EmbeddedKafka.start(dataDir.resolve("kafka"));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, embedded.bootstrapServers());
        lock.kafkaAt(embedded.bootstrapServers(), environment);
    }

    private static String whereGiven(Settings settings) {
        if (settings.bootstrapServers() != null) {
            return "--bootstrap-servers";
        }
        if (settings.env() != null && settings.env().get("KAFKA_BOOTSTRAP_SERVERS") != null) {
            return "KAFKA_BOOTSTRAP_SERVERS";
        }
        return "bootstrap.servers in " + settings.configFile();
    }

    /**
     * Asks the cluster for its id, for at most {@link #REACH_TIMEOUT}: Kafka's clients otherwise
     * retry in silence for a minute and then fail with no word on where they tried.
     */
    static void requireReachable(Properties client, String setting) {
        String address = client.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        String check = " (check " + setting + ", that the brokers run, and security.protocol of the client properties)";
        Properties probe = new Properties();
        probe.putAll(client);
        int timeout = (int) REACH_TIMEOUT.toMillis();
        probe.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        probe.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        Admin admin;
        try {
            admin = Admin.create(probe);
        } catch (KafkaException e) {
            throw new IllegalStateException("cannot connect to Kafka at " + address + ": " + rootMessage(e) + check, e);
        }
        try {
            admin.describeCluster().clusterId().get(timeout, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthenticationException auth) {
                throw new IllegalStateException(TopicSetup.authenticationFailed(client, auth), auth);
            }
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw new IllegalStateException(noAnswer(address) + check, e.getCause());
            }
            throw new IllegalStateException("cannot connect to Kafka at " + address + ": " + rootMessage(e.getCause()) + check, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(noAnswer(address) + check, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to Kafka at " + address, e);
        } finally {
            admin.close(Duration.ZERO);
        }
    }

    private static String noAnswer(String address) {
        return "cannot reach Kafka at " + address + ": no answer within " + REACH_TIMEOUT.toSeconds() + " s";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** The topics and the Streams application id to use on this cluster. */
    public TallyEnvironment environment() {
        return environment;
    }

    /** A copy of the client properties: bootstrap servers and everything from the properties file. */
    public Properties client() {
        Properties copy = new Properties();
        copy.putAll(client);
        return copy;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String bootstrapServers() {
        return client.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
    }

    @Override
    public void close() {
        try {
            if (embedded != null) {
                embedded.close();
            }
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
