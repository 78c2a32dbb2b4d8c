package tally.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tally.ingest.publish.Ingestion;
import tally.ingest.publish.KafkaPublisher;
import tally.ingest.read.ArticleReader;
import tally.streams.kafka.KafkaConnection;
import tally.streams.kafka.TopicSetup;

/** {@code tally ingest}: extract figures from articles and publish articles and figures to Kafka. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Extracts figures from articles and publishes the articles and figures to Kafka.",
            "",
            "Inputs as for extract (files, folders, - for standard input: JSON Lines, HTML, text, RSS and Atom feeds, "
                + "WARC and WET files, gzipped or not). Feed items with only a summary and archive records that are not "
                + "pages are skipped, one line each, counted in the summary; they do not change the exit status. Articles go to tally.articles "
                + "(key: articleId), figures to tally.figures (key: figure id), with an idempotent producer and "
                + "acks=all; every send is checked. Publishing the same article again changes no statistic. "
                + "On a terminal a progress line shows articles, figures and the rate; a summary ends the run.",
            "",
            "When a record cannot be written (the broker gone for longer than the delivery timeout, 60 s unless "
                + "delivery.timeout.ms says otherwise), ingest stops and names the first input (file:line) not published: "
                + "everything before it is on Kafka; ingest again from it.",
            "",
            "Every article belongs to a dataset: --dataset, else the input's own (a JSON Lines \"dataset\" field, as "
                + "generate writes \"synthetic\"), else default. tally retract --dataset NAME withdraws a dataset.",
            "",
            "Exit status: 0 all published, 1 some input had a problem or some record was not written, 2 bad usage."})
final class IngestCommand implements Callable<Integer> {

    private static final int PROGRESS_WIDTH = 72;

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files or folders; - reads standard input.")
    List<String> inputs;

    @Option(names = "--dataset", paramLabel = "NAME", converter = Converters.DatasetName.class,
            description = "The dataset of every article read (default: each input's own, else default).")
    String dataset;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        try (KafkaConnection connection = kafka.open()) {
            TopicSetup.ensure(connection.client(), connection.environment(), kafka.partitions, kafka.replicationFactor);
            try (KafkaPublisher publisher = new KafkaPublisher(connection.client(), connection.environment())) {
                Ingestion ingestion = new Ingestion(publisher, p -> err.println("tally ingest: " + p), dataset);
                ScheduledExecutorService progress = System.console() == null ? null : showProgress(ingestion, err);
                ArticleReader reader = new ArticleReader(new ArticleReader.Defaults(null, null, null));
                try {
                    for (String input : inputs) {
                        reader.read(input, System.in, ingestion);
                    }
                } catch (KafkaPublisher.Stopped stopped) {
                    // A record was not written: nothing more is read; finish() names where to resume.
                }
                long written = publisher.finish();
                if (progress != null) {
                    progress.shutdownNow();
                    progress.awaitTermination(1, TimeUnit.SECONDS);
                    err.print("\r" + " ".repeat(PROGRESS_WIDTH) + "\r"); // the summary replaces the progress line
                    err.flush();
                }
                Ingestion.Progress done = ingestion.progress();
                spec.commandLine().getOut().printf(Locale.ROOT, "ingested %d articles and %d figures (%d records) to %s in %.1f s; %d problem(s)%s%n",
                        done.articles(), done.figures(), written, connection.bootstrapServers(),
                        (System.nanoTime() - done.startedNanos()) / 1e9, done.problems(),
                        done.skipped() == 0 ? "" : "; " + done.skipped() + " item(s) skipped (not articles)");
                return done.problems() == 0 ? 0 : 1;
            }
        }
    }

    private static ScheduledExecutorService showProgress(Ingestion ingestion, PrintWriter err) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tally-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            Ingestion.Progress p = ingestion.progress();
            err.printf(Locale.ROOT, "\r  articles %,d  figures %,d  %.1f articles/s  ", p.articles(), p.figures(), p.articlesPerSecond());
            err.flush();
        }, 200, 200, TimeUnit.MILLISECONDS);
        return timer;
    }
}
