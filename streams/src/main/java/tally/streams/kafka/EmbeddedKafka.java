package tally.streams.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka (KRaft, broker and controller in one) running inside this JVM, from
 * the broker's own classes. Its data lives in a directory and survives a restart: the storage is
 * formatted once, and the ports are kept next to the data (the controller port is written into
 * the storage at format time, so it must not change).
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String PORTS_FILE = "embedded-kafka.properties";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** Written into the storage at format time, or needed to find it: the same for every start of a data directory. */
    private static final Set<String> FIXED = Set.of("process.roles", "node.id", "log.dirs", "controller.listener.names",
            "controller.quorum.bootstrap.servers");
    /** Lists that overrides extend rather than replace. */
    private static final Set<String> LISTENER_LISTS = Set.of("listeners", "advertised.listeners", "listener.security.protocol.map");

    private final KafkaRaftServer server;
    private final String bootstrap;

    private EmbeddedKafka(KafkaRaftServer server, String bootstrap) {
        this.server = server;
        this.bootstrap = bootstrap;
    }

    /** Starts (formatting on first use) the broker whose data is in {@code dir}. */
    public static EmbeddedKafka start(Path dir) {
        return start(dir, new Properties());
    }

    /**
     * Starts the broker with extra broker properties on top of the defaults, for instance a
     * SASL_SSL listener for a test of the secure connection.
     *
     * <p>{@code listeners}, {@code advertised.listeners} and {@code listener.security.protocol.map}
     * in {@code overrides} are added to the defaults instead of replacing them: the PLAINTEXT
     * listener (the inter-broker one, and the address {@link #bootstrapServers()} gives) and the
     * CONTROLLER listener have ports chosen for this data directory that the caller cannot know.
     * An extra listener needs its own port: {@link #freePort()} picks one. Every other property
     * (String keys and values) replaces the default, except what the formatted storage fixes
     * ({@code process.roles}, {@code node.id}, {@code log.dirs}, the controller settings): those
     * are refused.
     *
     * <p>The storage is formatted from the defaults alone: formatting needs only what is fixed,
     * and overrides may hold secrets (a JAAS password) that must not be written to a file.
     */
    public static EmbeddedKafka start(Path dir, Properties overrides) {
        for (String key : FIXED) {
            if (overrides.containsKey(key)) {
                throw new IllegalArgumentException(key + " is fixed for the embedded broker's data directory; it cannot be overridden");
            }
        }
        try {
            Files.createDirectories(dir);
            Path logDir = dir.resolve("log");
            Properties ports = loadPorts(dir);
            int controllerPort = Integer.parseInt(ports.computeIfAbsent("controller.port", k -> String.valueOf(freePort())).toString());
            int brokerPort = Integer.parseInt(ports.getProperty("broker.port", "0"));
            if (brokerPort == 0 || !isFree(brokerPort)) {
                brokerPort = freePort();
            }
            ports.setProperty("broker.port", String.valueOf(brokerPort));
            savePorts(dir, ports);

            Properties defaults = serverProperties(logDir, brokerPort, controllerPort);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(dir, defaults);
            }
            Properties props = withOverrides(defaults, overrides);
            sayWhyOnFatalError();
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            String bootstrap = "127.0.0.1:" + brokerPort;
            awaitReady(bootstrap);
            LOG.info("embedded Kafka ready at {} (data in {})", bootstrap, dir.toAbsolutePath());
            return new EmbeddedKafka(server, bootstrap);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Kafka broker in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A fatal broker error (its log directory failed, a full disk) ends the whole process through
     * Kafka's {@link Exit#halt}: one line first, so that whoever restarts it knows why (issue 21,
     * item 5). The broker has logged the error itself just before.
     */
    private static void sayWhyOnFatalError() {
        Exit.setHaltProcedure((status, message) -> {
            System.err.println("tally: the embedded Kafka broker failed and stopped the process (exit " + status + "): "
                    + (message == null ? "see the broker's error above" : message));
            System.err.flush();
            Runtime.getRuntime().halt(status == 0 ? 1 : status);
        });
    }

    public String bootstrapServers() {
        return bootstrap;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    static Properties serverProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        // One node: every internal topic has one replica, or Streams never makes progress.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        return p;
    }

    static Properties withOverrides(Properties defaults, Properties overrides) {
        Properties p = new Properties();
        p.putAll(defaults);
        for (String key : overrides.stringPropertyNames()) {
            String value = overrides.getProperty(key);
            p.put(key, LISTENER_LISTS.contains(key) ? defaults.getProperty(key) + "," + value : value);
        }
        return p;
    }

    private static void format(Path dir, Properties props) throws IOException {
        Path config = dir.resolve("server.properties");
        try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            props.store(w, "embedded Kafka of Tally, written at format time");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString(),
            "--standalone"}, new PrintStream(out, true, StandardCharsets.UTF_8));
        if (code != 0) {
            throw new IOException("formatting the storage failed: " + out.toString(StandardCharsets.UTF_8).strip());
        }
    }

    private static void awaitReady(String bootstrap) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the embedded Kafka broker did not become ready in " + READY_TIMEOUT, e);
                    }
                    sleep(100);
                }
            }
        }
    }

    private static Properties loadPorts(Path dir) throws IOException {
        Properties p = new Properties();
        Path file = dir.resolve(PORTS_FILE);
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    private static void savePorts(Path dir, Properties ports) throws IOException {
        try (Writer w = Files.newBufferedWriter(dir.resolve(PORTS_FILE), StandardCharsets.UTF_8)) {
            ports.store(w, "ports of the embedded Kafka; the controller port is fixed for this data directory");
        }
    }

    /** A port on 127.0.0.1 that is free now, for an extra listener given in the overrides of {@link #start(Path, Properties)}. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
