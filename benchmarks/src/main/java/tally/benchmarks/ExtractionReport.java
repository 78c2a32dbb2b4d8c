package tally.benchmarks;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ExtractionBenchmark} and prints extraction's speed per core in articles/s and MB/s
 * next to the digit-scan floor, and how many times slower extraction is. JMH's own options
 * (-wi, -i, -f, ...) are passed through: {@code java -jar benchmarks/target/benchmarks.jar -f 3}.
 */
public final class ExtractionReport {

    private ExtractionReport() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(cli)
                .include(ExtractionBenchmark.class.getName()).build()).run();
        double bytes = ExtractionBenchmark.averageBytes(1);
        double extract = 0;
        double scan = 0;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            double score = r.getPrimaryResult().getScore();
            if (name.endsWith(".extract")) {
                extract = score;
            } else if (name.endsWith(".digitScan")) {
                scan = score;
            }
            System.out.printf(Locale.ROOT, "%-12s %,12.0f articles/s  %8.1f MB/s  (± %.1f %%)%n", name.substring(name.lastIndexOf('.') + 1),
                    score, score * bytes / 1e6, 100 * r.getPrimaryResult().getScoreError() / score);
        }
        System.out.printf(Locale.ROOT, "extraction per core: %.1f MB/s on %.0f-byte articles; the digit-scan floor is %.0fx faster%n",
                extract * bytes / 1e6, bytes, scan / extract);
    }
}
