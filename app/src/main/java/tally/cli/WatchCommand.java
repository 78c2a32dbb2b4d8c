package tally.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tally.ingest.publish.Ingestion;
import tally.ingest.publish.KafkaPublisher;
import tally.ingest.read.ArticleReader;
import tally.ingest.watch.FeedWatcher;
import tally.ingest.watch.PoliteFetcher;
import tally.ingest.watch.SeenTopic;
import tally.ingest.watch.WatchCounts;
import tally.stats.BuildInfo;
import tally.streams.kafka.KafkaConnection;
import tally.streams.kafka.TopicSetup;
import tally.streams.serve.WatchMetrics;

/** {@code tally watch}: polls news feeds, fetches new articles politely and publishes them as ingest does. */
@Command(name = "watch",
        mixinStandardHelpOptions = true,
        description = {
            "Polls RSS and Atom feeds and publishes every new article to Kafka as ingest does (articles to tally.articles, "
                + "figures to tally.figures).",
            "",
            "An item's article is the feed's own text when the feed carries it, else the page it links to, fetched "
                + "politely: robots.txt obeyed (and its Crawl-delay), one request per host per --per-host-delay, a "
                + "timeout and a size cap per page, at most 5 redirects, feeds asked with If-None-Match and "
                + "If-Modified-Since. What was seen (pages by URL, articles by content, feeds by their last answer) is kept "
                + "in the compacted topic tally.watch.seen (behind --topic-prefix): a restart, or a watcher on another machine, fetches "
                + "nothing twice. A page that failed (timeout, HTTP error) is tried again at the next poll.",
            "",
            "Each poll ends with one line: items, pages fetched, articles published, items skipped, failures, by host "
                + "with --verbose. With --metrics-port the same counts, by host, are Prometheus counters on /metrics "
                + "(tally_watch_items_total, _fetched_total, _published_total, _skipped_total, _failed_total).",
            "",
            "Exit status: 0 after --once or when stopped, 1 when Kafka refuses a record, 2 bad usage."})
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--feed", paramLabel = "URL", description = "A feed to watch (repeat for more).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--feeds", paramLabel = "FILE", description = "A file of feeds to watch, one URL a line (# starts a comment).")
    Path feedsFile;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15m",
            description = "Time between the starts of two polls (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--once", description = "Poll every feed once, then exit.")
    boolean once;

    @Option(names = "--per-host-delay", paramLabel = "DURATION", defaultValue = "1s",
            description = "Least time between two requests to one host; a longer robots.txt Crawl-delay wins, up to 60 s "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration perHost;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s",
            description = "The most one request may take, body included (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--max-page-bytes", paramLabel = "N", defaultValue = "10485760",
            description = "The largest feed or page read; a larger one is skipped and remembered (default: ${DEFAULT-VALUE}, 10 MiB).")
    int maxPageBytes;

    @Option(names = "--user-agent", paramLabel = "TEXT",
            description = "The User-Agent sent; its first word is the name robots.txt rules are matched against. Add a "
                    + "contact, e.g. \"TallyBot/1.0 (+mailto:news-desk@example.org)\" (default: TallyBot/VERSION).")
    String userAgent;

    @Option(names = "--dataset", paramLabel = "NAME", converter = Converters.DatasetName.class, defaultValue = "default",
            description = "The dataset of every article published (default: ${DEFAULT-VALUE}); tally retract --dataset NAME withdraws it.")
    String dataset;

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve Prometheus metrics on http://--metrics-host:PORT/metrics (0: any free port; default: none).")
    Integer metricsPort;

    @Option(names = "--metrics-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address --metrics-port binds (default: ${DEFAULT-VALUE}; 0.0.0.0 in a container).")
    String metricsHost;

    @Option(names = "--verbose", description = "Also print each poll's counts by host.")
    boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<URI> watched = feedList();
        if (maxPageBytes < 1 || maxPageBytes > ArticleReader.MAX_ARTICLE_BYTES) {
            throw new ParameterException(spec.commandLine(), "--max-page-bytes: " + maxPageBytes + " is out of range (1 to "
                    + ArticleReader.MAX_ARTICLE_BYTES + ")");
        }
        String agent = userAgent != null ? userAgent : "TallyBot/" + BuildInfo.current().version() + " (news statistics)";
        PoliteFetcher fetcher = new PoliteFetcher(new PoliteFetcher.Settings(agent, perHost, timeout, maxPageBytes));
        if (metricsPort != null && (metricsPort < 0 || metricsPort > 65_535)) {
            throw new ParameterException(spec.commandLine(), "--metrics-port: " + metricsPort + " is out of range (0 to 65535)");
        }
        try (KafkaConnection connection = kafka.open();
             WatchMetrics metrics = new WatchMetrics(watched.stream().map(PoliteFetcher::hostOf).toList())) {
            if (metricsPort != null) {
                out.printf(Locale.ROOT, "tally watch: metrics on http://%s:%d/metrics%n", metricsHost, metrics.serve(metricsHost, metricsPort));
            }
            TopicSetup.ensure(connection.client(), connection.environment(), kafka.partitions, kafka.replicationFactor);
            try (KafkaPublisher publisher = new KafkaPublisher(connection.client(), connection.environment());
                 SeenTopic seen = SeenTopic.open(connection.client(), connection.environment())) {
                Ingestion ingestion = new Ingestion(publisher, p -> err.println("tally watch: " + p), dataset);
                FeedWatcher watcher = new FeedWatcher(fetcher, seen, ingestion, publisher::finish, line -> err.println("tally watch: " + line));
                out.printf(Locale.ROOT, "tally watch: %d feed(s), every %s, publishing to %s; %d entries remembered in %s%n",
                        watched.size(), words(interval), connection.bootstrapServers(), seen.size(), seen.topic());
                out.flush();
                while (true) {
                    long started = System.nanoTime();
                    WatchCounts counts = watcher.poll(watched);
                    metrics.add(counts);
                    out.printf(Locale.ROOT, "tally watch: %s poll: %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS), counts.summary());
                    if (verbose) {
                        counts.byHost().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> out.printf(Locale.ROOT,
                                "  %s: items %d, fetched %d, published %d, skipped %d, failed %d%n", e.getKey(), e.getValue().items(),
                                e.getValue().fetched(), e.getValue().published(), e.getValue().skipped(), e.getValue().failed()));
                    }
                    out.flush();
                    if (once) {
                        return 0;
                    }
                    long wait = interval.toNanos() - (System.nanoTime() - started);
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
            }
        } catch (KafkaPublisher.PublishException e) {
            err.println("tally watch: " + e.getMessage());
            return 1;
        }
    }

    /** The feeds of --feed and --feeds, in order, each once; a bad address is a usage error naming it. */
    private List<URI> feedList() {
        LinkedHashSet<String> given = new LinkedHashSet<>(feeds);
        if (feedsFile != null) {
            try {
                for (String line : Files.readAllLines(feedsFile)) {
                    String url = line.replaceFirst("#.*", "").strip();
                    if (!url.isEmpty()) {
                        given.add(url);
                    }
                }
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "--feeds: cannot read " + feedsFile + " (" + e.getMessage() + ")");
            }
        }
        if (given.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no feed to watch: give --feed URL or --feeds FILE");
        }
        List<URI> uris = new ArrayList<>();
        for (String url : given) {
            try {
                URI uri = new URI(url);
                if (uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))) {
                    throw new URISyntaxException(url, "not an http or https address");
                }
                uris.add(uri);
            } catch (URISyntaxException e) {
                throw new ParameterException(spec.commandLine(), "'" + url + "' is not a feed address (" + e.getReason() + ")");
            }
        }
        return uris;
    }

    private static String words(Duration d) {
        return d.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
