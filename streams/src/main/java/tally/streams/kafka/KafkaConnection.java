package tally.streams.kafka;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * Where Tally's Kafka is: a bootstrap address (option, then {@code KAFKA_BOOTSTRAP_SERVERS}, then
 * the client properties file), with every other client property (security protocol, SASL, SSL)
 * passed through unchanged, from the file and then the environment ({@link KafkaEnvironment});
 * or, when none is given, the embedded broker in the data directory.
 */
public final class KafkaConnection implements AutoCloseable {

    private final Properties client;
    private final EmbeddedKafka embedded;

    private KafkaConnection(Properties client, EmbeddedKafka embedded) {
        this.client = client;
        this.embedded = embedded;
    }

    /**
     * @param bootstrapServers from the command line, or null
     * @param configFile       a Kafka client properties file, or null
     * @param env              the environment: KAFKA_BOOTSTRAP_SERVERS and other client properties
     *                         ({@link KafkaEnvironment}) override the file's
     * @param dataDir          where the embedded broker keeps its data
     */
    public static KafkaConnection open(String bootstrapServers, Path configFile, Map<String, String> env, Path dataDir) {
        Properties client = new Properties();
        if (configFile != null) {
            try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                client.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Kafka client properties " + configFile + ": " + e.getMessage(), e);
            }
        }
        client.putAll(KafkaEnvironment.clientProperties(env));
        String bootstrap = bootstrapServers != null ? bootstrapServers : client.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        EmbeddedKafka embedded = null;
        if (bootstrap == null || bootstrap.isBlank()) {
            embedded = EmbeddedKafka.start(dataDir.resolve("kafka"));
            bootstrap = embedded.bootstrapServers();
        }
        client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaConnection(client, embedded);
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
        if (embedded != null) {
            embedded.close();
        }
    }
}
