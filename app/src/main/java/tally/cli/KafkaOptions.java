package tally.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tally.stats.TallyEnvironment;
import tally.streams.kafka.KafkaConnection;

/** Where Kafka is, shared by every command that talks to it. */
public final class KafkaOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "A Kafka 4.x cluster to use (else $${KAFKA_BOOTSTRAP_SERVERS}, else bootstrap.servers from "
                    + "--kafka-config, else the embedded broker of a Tally running on --data-dir, such as a demo).")
    String bootstrapServers;

    @Option(names = "--embedded",
            description = "Without a cluster address, start an embedded single-node broker in --data-dir (demo always does).")
    boolean embedded;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Kafka client properties (security.protocol, sasl.*, ssl.*, ...), passed through unchanged; "
                    + "an unknown name is refused.")
    Path kafkaConfig;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "tally-data",
            description = "Where the embedded broker and the Streams state live, one Tally process at a time (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "4",
            description = "Partitions of topics created at start (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "1",
            description = "Replication factor of topics created at start and of internal topics (default: ${DEFAULT-VALUE}).")
    short replicationFactor;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", converter = Converters.KafkaName.class,
            description = "Put in front of every topic name and of the default application id, so that environments share "
                    + "a cluster: staging. gives staging.tally.figures and staging.tally-streams (default: none; with a "
                    + "demo running on --data-dir, its prefix).")
    String topicPrefix;

    @Option(names = "--application-id", paramLabel = "ID", converter = Converters.KafkaName.class,
            description = "The Kafka Streams application id: consumer group, internal topics and transactional ids begin "
                    + "with it (default: the topic prefix followed by tally-streams).")
    String applicationId;

    /** The cluster given, else the embedded broker if asked for, else a running Tally's broker on the data directory. */
    KafkaConnection open() {
        return open(embedded);
    }

    /** As {@link #open()}, with {@code embeddedByDefault} for demo, which starts its own broker unless given one. */
    KafkaConnection open(boolean embeddedByDefault) {
        String name = command.qualifiedName(" ");
        return KafkaConnection.open(new KafkaConnection.Settings(bootstrapServers, kafkaConfig, System.getenv(), dataDir, embedded || embeddedByDefault,
                        topicPrefix == null && applicationId == null ? null : TallyEnvironment.of(topicPrefix, applicationId)),
                line -> {
                    command.commandLine().getErr().println(name + ": " + line);
                    command.commandLine().getErr().flush();
                });
    }
}
