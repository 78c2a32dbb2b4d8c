package tally.streams.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tally.ingest.watch.WatchCounts;

/**
 * What {@code tally watch} did, for Prometheus, by host: feed items seen
 * ({@code tally_watch_items_total}), pages fetched ({@code tally_watch_fetched_total}), articles
 * published ({@code tally_watch_published_total}), items skipped ({@code tally_watch_skipped_total}:
 * seen before, disallowed by robots.txt, not a page, over the size cap) and failures
 * ({@code tally_watch_failed_total}: timeouts, HTTP errors, feeds that could not be read), with
 * the JVM's metrics, on {@code /metrics} of a port of its own ({@code --metrics-port}). The feeds'
 * hosts are there at 0 from the start, so that an alert on a rate sees a series before the first poll.
 */
public final class WatchMetrics implements AutoCloseable {

    static final String ITEMS = "tally.watch.items";
    static final String FETCHED = "tally.watch.fetched";
    static final String PUBLISHED = "tally.watch.published";
    static final String SKIPPED = "tally.watch.skipped";
    static final String FAILED = "tally.watch.failed";
    /** Label values are bounded: feeds link to any host; the ones beyond count as {@value #OTHER_HOSTS}. */
    static final int MAX_HOSTS = 1_000;
    static final String OTHER_HOSTS = "other";
    private static final int THREADS = 8;

    /** One host's counters. */
    private record HostCounters(Counter items, Counter fetched, Counter published, Counter skipped, Counter failed) {
    }

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Map<String, HostCounters> hosts = new ConcurrentHashMap<>();
    private HttpTransport transport;

    /** @param feedHosts the hosts of the feeds watched, shown at 0 from the start */
    public WatchMetrics(Collection<String> feedHosts) {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        feedHosts.forEach(this::host);
    }

    /** Adds one poll's counts. */
    public void add(WatchCounts poll) {
        poll.byHost().forEach((host, c) -> {
            HostCounters counters = host(host);
            counters.items().increment(c.items());
            counters.fetched().increment(c.fetched());
            counters.published().increment(c.published());
            counters.skipped().increment(c.skipped());
            counters.failed().increment(c.failed());
        });
    }

    private HostCounters host(String host) {
        String label = hosts.containsKey(host) || hosts.size() < MAX_HOSTS ? host : OTHER_HOSTS;
        return hosts.computeIfAbsent(label, h -> new HostCounters(counter(ITEMS, h, "Feed items seen"),
                counter(FETCHED, h, "Pages fetched"), counter(PUBLISHED, h, "Articles published"),
                counter(SKIPPED, h, "Items skipped: seen before, disallowed by robots.txt, not a page, too large"),
                counter(FAILED, h, "Failures: timeouts, HTTP errors, feeds not readable; tried again at the next poll")));
    }

    private Counter counter(String name, String host, String description) {
        return Counter.builder(name).tag("host", host).description(description).register(registry);
    }

    /** The metrics in Prometheus' text format. */
    public String scrape() {
        return registry.scrape();
    }

    /**
     * Serves {@code /metrics} on {@code host:port} (0: any free port) until closed.
     *
     * @return the port bound
     */
    public int serve(String host, int port) {
        try {
            transport = HttpTransport.bind(host, port, THREADS, HttpTransport.IDLE_TIMEOUT);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot serve metrics on " + host + ":" + port + " (" + e.getCause().getMessage()
                    + "); choose another --metrics-port", e.getCause());
        }
        transport.server().createContext("/metrics", ex -> Responses.send(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
                scrape().getBytes(StandardCharsets.UTF_8), false));
        transport.server().createContext("/", ex -> Responses.error(ex, 404, "no such path " + ex.getRequestURI().getPath()
                + "; this port serves /metrics"));
        transport.start();
        return transport.port();
    }

    @Override
    public void close() {
        if (transport != null) {
            transport.close();
        }
        gc.close();
        registry.close();
    }
}
