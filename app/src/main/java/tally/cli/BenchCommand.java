package tally.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tally.bench.Bench;
import tally.streams.kafka.KafkaConnection;

/** {@code tally bench}: how fast the pipeline is on this machine, against the raw Kafka ceiling. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measures the pipeline against a real broker and prints a report: (1) the raw Kafka baseline, N figures "
                + "produced with Tally's producer settings and consumed back; (2) the full Streams application on the same N "
                + "figures per processing guarantee, until every output is final, as a share of (1); (3) end-to-end latency "
                + "at a steady rate; (4) the demo's cold start; and reference topologies that do no Tally work on the same figures. Memory (heap after GC, RocksDB, RSS) after each run.",
            "",
            "Runs on a fresh embedded broker by default. With --bootstrap-servers it DELETES every tally.* topic and the "
                + "application's internal topics on that cluster before each run, so it needs --destroy-tally-topics."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--figures", paramLabel = "N", defaultValue = "200000", description = "Figures per run (default: ${DEFAULT-VALUE}).")
    long figures;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "4", description = "Partitions of the topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--guarantees", paramLabel = "G[,G]", split = ",", defaultValue = "exactly_once_v2,at_least_once",
            converter = Choice.Guarantees.class, completionCandidates = Choice.Guarantees.class,
            description = "Processing guarantees to measure (default: ${DEFAULT-VALUE}).")
    List<String> guarantees;

    @Option(names = "--latency-rate", paramLabel = "PER_S", defaultValue = "1000", description = "Steady rate of the latency run (default: ${DEFAULT-VALUE}).")
    int latencyRate;

    @Option(names = "--latency-seconds", paramLabel = "S", defaultValue = "30", description = "Length of the latency run; 0 skips it (default: ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--memory-every", paramLabel = "N", defaultValue = "0",
            description = "Sample memory after every N figures of the exactly-once run (default: at the end only).")
    long memoryEvery;

    @Option(names = "--cold-starts", paramLabel = "N", defaultValue = "3", description = "Demo cold starts to time; 0 skips (default: ${DEFAULT-VALUE}).")
    int coldStarts;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "200000",
            description = "Figures sent through the raw baseline and the pipeline, unmeasured, before the measurements, so that "
                    + "they measure a sustained rate, not the JIT compiling (default: ${DEFAULT-VALUE}).")
    long warmUp;

    @Option(names = "--no-references",
            description = "Skip the two reference topologies measured on the same figures (a count per key; the pipeline's shape "
                    + "with no Tally work), which tell Kafka Streams' own cost from Tally's.")
    boolean noReferences;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]", description = "An existing cluster instead of an embedded broker.")
    String bootstrapServers;

    @Option(names = "--kafka-config", paramLabel = "FILE", description = "Kafka client properties for --bootstrap-servers.")
    Path kafkaConfig;

    @Option(names = "--destroy-tally-topics", description = "Allow deleting Tally's topics on the cluster given by --bootstrap-servers.")
    boolean destroy;

    @Override
    public Integer call() throws Exception {
        if (bootstrapServers != null && !destroy) {
            throw new IllegalArgumentException("bench deletes every tally.* topic on " + bootstrapServers
                    + " before each run; add --destroy-tally-topics if that cluster is a scratch one");
        }
        if (figures <= 0 || partitions <= 0 || warmUp < 0) {
            throw new IllegalArgumentException("--figures and --partitions must be positive, --warm-up not negative");
        }
        Path work = Files.createTempDirectory("tally-bench");
        try (KafkaConnection connection = KafkaConnection.open(new KafkaConnection.Settings(bootstrapServers, kafkaConfig,
                bootstrapServers == null ? Map.of() : System.getenv(), work, true, null), line -> { })) {
            Bench.run(connection.client(), work, new Bench.Settings(figures, partitions, guarantees, latencyRate, latencySeconds,
                    memoryEvery, coldStarts, !noReferences, warmUp), spec.commandLine().getOut());
        } finally {
            deleteTree(work);
        }
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
