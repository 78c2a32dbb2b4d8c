package tally.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tally.ingest.Extraction;
import tally.ingest.generate.SyntheticNews;
import tally.ingest.read.RawArticle;

/**
 * Extraction (cleaning, sentences, numbers, places, times, linking: everything {@code extract}
 * does to an article) on generated news, one thread, against the cheapest possible pass over the
 * same text: reading every character and finding the digit runs. Scores are articles per second;
 * {@link ExtractionReport} turns them into MB/s and the ratio between the two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ExtractionBenchmark {

    static final int ARTICLES = 1_000;

    @Param("1")
    long seed;

    List<RawArticle> articles;
    Extraction extraction;

    @Setup(Level.Trial)
    public void generate() {
        SyntheticNews news = new SyntheticNews(seed);
        articles = new ArrayList<>(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            SyntheticNews.Article a = news.next();
            articles.add(new RawArticle(a.id(), a.published(), a.source(), a.url(), a.title(), a.lang(), a.text(), false, a.id(), true));
        }
        extraction = new Extraction();
    }

    /** UTF-8 bytes of the article texts, to turn articles/s into MB/s. */
    static double averageBytes(long seed) {
        ExtractionBenchmark b = new ExtractionBenchmark();
        b.seed = seed;
        b.generate();
        return b.articles.stream().mapToLong(a -> a.body().getBytes(StandardCharsets.UTF_8).length).average().orElse(0);
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void extract(Blackhole bh) {
        for (RawArticle a : articles) {
            bh.consume(extraction.process(a).figures());
        }
    }

    /** The floor: every character read once, digit runs counted. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void digitScan(Blackhole bh) {
        for (RawArticle a : articles) {
            String text = a.body();
            int runs = 0;
            boolean inRun = false;
            for (int i = 0, n = text.length(); i < n; i++) {
                boolean digit = Character.isDigit(text.charAt(i));
                if (digit && !inRun) {
                    runs++;
                }
                inRun = digit;
            }
            bh.consume(runs);
        }
    }
}
