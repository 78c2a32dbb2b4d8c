package tally.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.state.HostInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tally.ingest.publish.Ingestion;
import tally.ingest.publish.KafkaPublisher;
import tally.ingest.read.ArticleReader;
import tally.stats.consolidate.Estimate;
import tally.stats.consolidate.Mentions;
import tally.stats.consolidate.SeriesPoint;
import tally.app.Tables;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.KafkaConnection;
import tally.streams.kafka.TopicReader;
import tally.streams.kafka.TopicSetup;
import tally.streams.serve.TallyHttpServer;
import tally.streams.topology.TallyTopics;

/** {@code tally demo}: the whole pipeline on the bundled sample articles, on an embedded broker. */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs everything on the bundled sample articles and prints the consolidated statistics.",
            "",
            "Starts an embedded Kafka broker (unless a cluster is given), the Streams application "
                + "and an ingest of the sample articles, waits until every figure is processed, prints the "
                + "estimates, yearly series and weekly mentions as tables, and keeps running (Ctrl-C stops "
                + "cleanly). The data stays in --data-dir: a second run starts from it, and ingesting the same "
                + "articles again changes no statistic."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--once", description = "Exit after printing the tables.")
    boolean once;

    @Mixin
    HttpOptions http;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        try (UntilStopped stopped = new UntilStopped(); KafkaConnection connection = kafka.open(true)) {
            Path state = connection.lockState();
            TopicSetup.ensure(connection.client(), connection.environment(), kafka.partitions, kafka.replicationFactor);
            try (TallyHttpServer server = http.bind(true)) {
                HostInfo self = http.advertised(server.port());
                try (TallyApp app = TallyApp.start(connection.environment(), connection.client(), state, TallyStreamsConfig.EXACTLY_ONCE,
                        kafka.replicationFactor, false, self.host() + ":" + self.port())) {
                    app.onFailure(stopped::fail);
                    server.serve(app.streams(), self, connection.client(), connection.environment());
                    Ingestion.Progress ingested = ingestSamples(connection);
                    app.awaitCaughtUp(connection.client(), connection.environment().figures(), Duration.ofMinutes(3));
                    out.printf(Locale.ROOT, "Tally demo: %d sample articles, %d figures, through Kafka at %s%s%n%n",
                            ingested.articles(), ingested.figures(), connection.bootstrapServers(), connection.isEmbedded() ? " (embedded)" : "");
                    printTables(connection, out);
                    out.printf(Locale.ROOT, "Tables printed %.1f s after start.%n", (System.nanoTime() - started) / 1e9);
                    if (!once) {
                        out.println("Dashboard: " + server.address() + "/  (API under /api/, health at /health/ready, "
                                + "metrics at /metrics). Still running; Ctrl-C stops.");
                    }
                    out.flush();
                    if (!once) {
                        stopped.await();
                    }
                }
            }
        }
        return 0;
    }

    private static void printTables(KafkaConnection connection, PrintWriter out) {
        TallyTopics topics = new TallyTopics(connection.environment());
        Map<String, Estimate> estimates = TopicReader.latest(connection.client(), topics.estimates());
        Map<String, SeriesPoint> series = TopicReader.latest(connection.client(), topics.seriesYearly());
        Map<String, Mentions> mentions = TopicReader.latest(connection.client(), topics.mentionsWeekly());
        out.println("Consolidated estimates (" + topics.estimates().name() + ")");
        out.println(Tables.estimates(estimates));
        out.println("Yearly series (" + topics.seriesYearly().name() + ")");
        out.println(Tables.series(series));
        out.println("Busiest weeks (" + topics.mentionsWeekly().name() + ")");
        out.println(Tables.mentions(mentions, 10));
    }

    private Ingestion.Progress ingestSamples(KafkaConnection connection) {
        PrintWriter err = spec.commandLine().getErr();
        try (KafkaPublisher publisher = new KafkaPublisher(connection.client(), connection.environment())) {
            Ingestion ingestion = new Ingestion(publisher, p -> err.println("tally demo: " + p));
            ArticleReader reader = new ArticleReader(new ArticleReader.Defaults(null, null, null));
            for (BundledSamples.Sample sample : BundledSamples.load()) {
                reader.readBytes("samples/" + sample.name(), sample.name(), sample.content(), ingestion);
            }
            publisher.finish();
            return ingestion.progress();
        }
    }
}
