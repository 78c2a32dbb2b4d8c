package tally.streams.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import tally.stats.TallyEnvironment;

/** The Streams configuration of Tally, on top of the cluster's client properties. */
public final class TallyStreamsConfig {

    public static final String EXACTLY_ONCE = StreamsConfig.EXACTLY_ONCE_V2;

    private TallyStreamsConfig() {
    }

    /**
     * @param environment       the application id and the topic names
     * @param client            bootstrap servers and any security settings, passed through unchanged
     * @param stateDir          where local state (RocksDB) lives
     * @param guarantee         exactly_once_v2 (default) or at_least_once
     * @param replicationFactor of internal topics
     * @param applicationServer host:port where this instance answers queries for the others, or null
     */
    public static Properties of(TallyEnvironment environment, Properties client, Path stateDir, String guarantee, int replicationFactor, String applicationServer) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, environment.applicationId());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicationFactor);
        if (applicationServer != null) {
            // Shared with the other instances through the group protocol, for routing interactive queries.
            p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer);
        }
        // The application id and this instance (its advertised address, stable in a StatefulSet), not
        // Streams' default random UUID, so that the client-id label of Kafka's metrics survives a restart.
        p.putIfAbsent(StreamsConfig.CLIENT_ID_CONFIG, environment.applicationId() + "-" + (applicationServer == null ? "local"
                : applicationServer.replaceAll("[^A-Za-z0-9._-]", "-")));
        // One stream thread per core (default 1): the sub-topologies' tasks then run in parallel. A
        // client setting (num.stream.threads, KAFKA_NUM_STREAM_THREADS) wins.
        p.putIfAbsent(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Runtime.getRuntime().availableProcessors());
        // Off-heap memory bounded for the whole process (tally.rocksdb.memory.bytes, default 256 MB).
        p.putIfAbsent(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
        // An estimate is two commits from its figure (the repartition by series between): at 50 ms,
        // p99 168 ms at 1,000 figures/s against 263 ms at 100 ms, and the same throughput (BENCHMARKS.md).
        // Also with at_least_once, whose default is 30 s.
        p.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);
        // Bad records go to the dead-letter queue with their reason; the application keeps running.
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, environment.figuresDlq());
        // A producer forgets a topic it has not written to for this long (default 5 minutes), and one that does
        // not know the dead-letter topic stalls on its first dead letter (DeadLetterReadyClientSupplier): never forget it.
        p.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.METADATA_MAX_IDLE_CONFIG), Duration.ofDays(3650).toMillis());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetters.class);
        // So do records a processor fails on and records that cannot be written (too large, not serializable), by a
        // handler that cannot fail itself and names the processor or the output.
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetters.class);
        // A topology change must never silently rename state: every store and topic is named.
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        return p;
    }
}
