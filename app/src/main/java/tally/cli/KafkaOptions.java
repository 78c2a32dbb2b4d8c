package tally.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import tally.streams.kafka.KafkaConnection;

/** Where Kafka is, shared by every command that talks to it. */
public final class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "A Kafka 4.x cluster to use (else $${KAFKA_BOOTSTRAP_SERVERS}, else bootstrap.servers from "
                    + "--kafka-config, else an embedded single-node broker in --data-dir).")
    String bootstrapServers;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Kafka client properties (security.protocol, sasl.*, ssl.*, ...), passed through unchanged.")
    Path kafkaConfig;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "tally-data",
            description = "Where the embedded broker and the Streams state live (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "4",
            description = "Partitions of topics created at start (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "1",
            description = "Replication factor of topics created at start and of internal topics (default: ${DEFAULT-VALUE}).")
    short replicationFactor;

    KafkaConnection open() {
        return KafkaConnection.open(bootstrapServers, kafkaConfig, System.getenv(), dataDir);
    }

    Path stateDir() {
        return dataDir.resolve("streams");
    }
}
