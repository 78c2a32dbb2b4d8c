package tally.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.streams.Topology;
import tally.ingest.generate.SyntheticFigures;
import tally.stats.TallyEnvironment;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.topology.TallyTopology;
import tally.streams.kafka.CaughtUp;

/**
 * The whole Streams application on N figures, from empty topics: the figures are produced as
 * fast as the producer goes while the application runs, and the clock stops when every input and
 * repartition topic is consumed and committed (every output final). With {@code memoryEvery}, the
 * figures go in chunks and memory is sampled after each (a flat heap is the promise).
 */
final class PipelineRun {

    /**
     * @param written records written per topic during the run (repartition topics, changelogs,
     *                outputs): how much work one figure causes downstream, stage by stage
     * @param cpu     CPU used from the start of producing to the end (with {@code memoryEvery}, the
     *                full GCs of the memory samples too)
     */
    record Result(String guarantee, long figures, double produceSeconds, double totalSeconds, List<MemorySample> memory,
                  java.util.Map<String, Long> written, CpuUse cpu) {
        double rate() {
            return figures / totalSeconds;
        }
    }

    private PipelineRun() {
    }

    /** End offsets of every topic but the input (fresh topics: the number of records written to each). */
    static java.util.Map<String, Long> written(Properties client) throws Exception {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(client)) {
            java.util.Set<String> topics = new java.util.TreeSet<>(admin.listTopics().names().get(30, java.util.concurrent.TimeUnit.SECONDS));
            topics.removeIf(t -> t.equals(TallyEnvironment.DEFAULT.figures()) || !(t.startsWith("tally.") || t.startsWith(TallyEnvironment.DEFAULT.applicationId() + "-")));
            java.util.Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> request = new java.util.HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(30, java.util.concurrent.TimeUnit.SECONDS).forEach((name, d) ->
                    d.partitions().forEach(p -> request.put(new org.apache.kafka.common.TopicPartition(name, p.partition()),
                            org.apache.kafka.clients.admin.OffsetSpec.latest())));
            java.util.Map<String, Long> counts = new java.util.TreeMap<>();
            admin.listOffsets(request).all().get(30, java.util.concurrent.TimeUnit.SECONDS)
                    .forEach((tp, info) -> counts.merge(tp.topic(), info.offset(), Long::sum));
            return counts;
        }
    }

    static Result run(Properties client, Path stateDir, String guarantee, long n, int partitions, long memoryEvery,
                      Consumer<String> progress) throws Exception {
        return run(client, stateDir, guarantee, TallyTopology.build(TallyEnvironment.DEFAULT), List.of(), n, partitions, memoryEvery, progress);
    }

    /**
     * The same measurement of another topology (a reference of the benchmark), with Tally's configuration.
     *
     * @param outputs the topology's output topics that Tally does not create
     */
    static Result run(Properties client, Path stateDir, String guarantee, Topology topology, List<String> outputs, long n,
                      int partitions, long memoryEvery, Consumer<String> progress) throws Exception {
        BenchTopics.reset(client, partitions);
        BenchTopics.create(client, outputs, partitions);
        List<MemorySample> memory = new ArrayList<>();
        try (TallyApp app = TallyApp.start(topology, TallyStreamsConfig.of(TallyEnvironment.DEFAULT, client, stateDir, guarantee, 1, null), true)) {
            app.awaitRunning(Duration.ofMinutes(2));
            SyntheticFigures figures = new SyntheticFigures(11, "pipe");
            long chunk = memoryEvery > 0 ? memoryEvery : n;
            CpuUse cpu0 = CpuUse.now();
            long t0 = System.nanoTime();
            double producing = 0;
            for (long done = 0; done < n; done += chunk) {
                long p0 = System.nanoTime();
                long size = Math.min(chunk, n - done);
                RawBaseline.produce(client, TallyEnvironment.DEFAULT.figures(), figures, size);
                producing += (System.nanoTime() - p0) / 1e9;
                if (memoryEvery > 0) {
                    CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), Duration.ofHours(2));
                    double seconds = (System.nanoTime() - p0) / 1e9;
                    MemorySample sample = MemorySample.of(done + size, app.streams());
                    memory.add(sample);
                    // The rate of each chunk shows whether the cost of a figure grows with the state.
                    progress.accept(String.format(Locale.ROOT, "%s; these %,d in %,.0f s (%,.0f figures/s)", sample.describe(), size,
                            seconds, size / seconds));
                }
            }
            CaughtUp.await(client, TallyEnvironment.DEFAULT.applicationId(), TallyEnvironment.DEFAULT.figures(), Duration.ofHours(2));
            double total = (System.nanoTime() - t0) / 1e9;
            CpuUse cpu = CpuUse.now().since(cpu0);
            if (memoryEvery <= 0) {
                memory.add(MemorySample.of(n, app.streams()));
            }
            return new Result(guarantee, n, producing, total, memory, written(client), cpu);
        }
    }
}
