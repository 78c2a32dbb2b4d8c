package tally.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pipeline's benchmark, printed as a report: the raw Kafka baseline, the full pipeline under
 * each processing guarantee as a share of it, end-to-end latency at a steady rate, memory, and
 * the demo's cold start. Every part runs against the same broker in the same run.
 */
public final class Bench {

    /**
     * @param memoryEvery sample memory after every this many figures of the exactly-once run (0: at the end only)
     * @param coldStarts  demo cold starts to time (0: none)
     * @param references  also measure the reference topologies ({@link ReferenceTopologies}) on the same figures
     * @param warmUp      figures sent through the raw baseline and the pipeline, unmeasured, before anything is measured
     */
    public record Settings(long figures, int partitions, List<String> guarantees, int latencyRate, int latencySeconds,
                           long memoryEvery, int coldStarts, boolean references, long warmUp) {
    }

    private Bench() {
    }

    public static void run(Properties client, Path workDir, Settings s, PrintWriter out) throws Exception {
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "tally bench: %d cores, max heap %,d MB, Java %s, %s; broker %s; %d partitions%n",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"), System.getProperty("os.arch"),
                client.getProperty("bootstrap.servers"), s.partitions());
        out.flush();

        if (s.warmUp() > 0) {
            // A cold JVM spends its first minute compiling: cold, the compilers worked 39 s during a 45 s pipeline
            // run, and the raw baseline measured 62,000 rec/s against 156,000 warm. Neither is a sustained rate.
            RawBaseline.run(client, s.warmUp(), s.partitions());
            PipelineRun.run(client, workDir.resolve("state-warm-up"), s.guarantees().get(0), s.warmUp(), s.partitions(), 0, line -> { });
            out.printf(Locale.ROOT, "0. warm-up: %,d figures through the raw baseline and the pipeline, not measured%n", s.warmUp());
            out.flush();
        }

        RawBaseline.Result raw = RawBaseline.run(client, s.figures(), s.partitions());
        out.printf(Locale.ROOT, "1. raw Kafka: %,d figures (%,.0f bytes each): produce %,.0f rec/s (%.1f MB/s), consume %,.0f rec/s "
                        + "(%.1f MB/s); produce+consume %,.0f rec/s%n",
                raw.records(), raw.bytes() / (double) raw.records(), raw.produceRate(), raw.bytes() / raw.produceSeconds() / 1e6,
                raw.consumeRate(), raw.bytes() / raw.consumeSeconds() / 1e6, raw.roundTripRate());
        out.flush();

        int run = 0;
        for (String guarantee : s.guarantees()) {
            long every = guarantee.equals("exactly_once_v2") ? s.memoryEvery() : 0;
            PipelineRun.Result r = PipelineRun.run(client, workDir.resolve("state-" + run++), guarantee, s.figures(), s.partitions(),
                    every, line -> {
                        out.println("   memory " + line);
                        out.flush();
                    });
            out.printf(Locale.ROOT, "2. pipeline %s: %,d figures in %.1f s (producing took %.1f s): %,.0f figures/s = %.0f %% of raw "
                            + "produce+consume%n",
                    guarantee, r.figures(), r.totalSeconds(), r.produceSeconds(), r.rate(), 100 * r.rate() / raw.roundTripRate());
            MemorySample last = r.memory().get(r.memory().size() - 1);
            out.println("   memory " + last.describe());
            out.println("   " + r.cpu().describe(r.figures()));
            long all = r.written().values().stream().mapToLong(Long::longValue).sum();
            out.printf(Locale.ROOT, "   records written per figure: %.1f (transaction markers included), by topic:%n", all / (double) r.figures());
            r.written().entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                    .forEach(e -> out.printf(Locale.ROOT, "     %5.2f  %s%n", e.getValue() / (double) r.figures(), e.getKey()));
            out.flush();
        }

        if (s.references()) {
            for (ReferenceTopologies.Reference reference : ReferenceTopologies.all()) {
                PipelineRun.Result r = PipelineRun.run(client, workDir.resolve("state-" + run++), "exactly_once_v2", reference.topology(),
                        reference.outputs(), s.figures(), s.partitions(), 0, line -> { });
                long all = r.written().values().stream().mapToLong(Long::longValue).sum();
                out.printf(Locale.ROOT, "2r. reference topology exactly_once_v2, %s: %,.0f figures/s = %.0f %% of raw produce+consume; "
                                + "%.1f records written per figure; %s%n",
                        reference.name(), r.rate(), 100 * r.rate() / raw.roundTripRate(), all / (double) r.figures(),
                        r.cpu().describe(r.figures()));
                out.flush();
            }
        }

        if (s.latencySeconds() > 0) {
            LatencyRun.Result l = LatencyRun.run(client, workDir.resolve("state-latency"), "exactly_once_v2", s.latencyRate(),
                    s.latencySeconds(), s.partitions());
            out.printf(Locale.ROOT, "3. latency exactly_once_v2 at %,d figures/s for %d s: %,d estimate updates; p50 %.0f ms, p99 %.0f ms, "
                    + "max %.0f ms (publication into tally.figures to the update on tally.estimates)%n",
                    l.rate(), l.seconds(), l.samples(), l.p50Ms(), l.p99Ms(), l.maxMs());
            out.flush();
        }

        if (s.coldStarts() > 0) {
            List<Double> printed = new ArrayList<>();
            List<Double> wall = new ArrayList<>();
            for (int i = 0; i < s.coldStarts(); i++) {
                double[] t = coldStart(workDir.resolve("demo-" + i));
                printed.add(t[0]);
                wall.add(t[1]);
            }
            out.printf(Locale.ROOT, "4. demo cold start (new JVM, new data dir, embedded broker), %d runs: tables printed after %s s "
                    + "(median %.1f); process wall time %s s%n", s.coldStarts(), fmt(printed), median(printed), fmt(wall));
        }
        out.flush();
    }

    /**
     * Seconds to the printed tables as the demo reports them, and the process's wall time. The demo
     * is the application's ({@code tally.cli.Tally}, named here rather than imported: the app module
     * depends on this one), so cold starts run where the bench command runs, from tally.jar.
     */
    private static double[] coldStart(Path dataDir) throws IOException, InterruptedException {
        Path log = Files.createTempFile("tally-demo", ".log");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "tally.cli.Tally", "demo", "--once", "--data-dir", dataDir.toString(),
                    "--http-port", "0").redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = p.waitFor();
            double wall = (System.nanoTime() - t0) / 1e9;
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("Tables printed ([0-9.]+) s after start").matcher(output);
            if (exit != 0 || !m.find()) {
                throw new IllegalStateException("the demo failed (" + exit + "):\n" + output);
            }
            return new double[] {Double.parseDouble(m.group(1)), wall};
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String fmt(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
