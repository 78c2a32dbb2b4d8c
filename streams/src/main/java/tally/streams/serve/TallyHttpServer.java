package tally.streams.serve;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import tally.stats.BuildInfo;
import tally.stats.Topics;
import tally.stats.consolidate.AlertThresholds;

/**
 * Everything Tally serves over HTTP, on one port: the dashboard at {@code /}, the JSON API under
 * {@code /api/} (answering for all keys, whichever instance owns them), health at
 * {@code /health/live} and {@code /health/ready}, and {@code /metrics} for Prometheus. Bound to
 * 127.0.0.1 unless told otherwise. The port is bound first ({@link #bind}), so that the Streams
 * application can advertise it to the other instances before it starts; {@link #serve} opens it.
 */
public final class TallyHttpServer implements AutoCloseable {

    /** API requests answered at once, and waiting beyond those before a 503 (each, for /api/ and /internal/). */
    static final int API_RUNNING = 8;
    static final int API_WAITING = 32;

    static {
        // The JDK server reads a request on a pool thread: a client that never finishes its headers
        // (slow-loris) holds that thread. Closed after 10 s; at most 1,000 connections at once. Read
        // once, when the JDK's server classes load; a -D on the command line wins.
        setIfAbsent("sun.net.httpserver.maxReqTime", "10");
        setIfAbsent("jdk.httpserver.maxConnections", "1000");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private PrometheusMeterRegistry registry;
    private LiveUpdates live;
    private CrossOrigin crossOrigin = CrossOrigin.allowing(List.of());
    private AlertThresholds alertThresholds = AlertThresholds.DEFAULT;

    private TallyHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static TallyHttpServer bind(String host, int port) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve HTTP on " + host + ":" + port + " (" + e.getMessage() + "); choose another --http-port", e);
        }
        // A thread per request being read or answered, not a fixed few: slow clients (bounded by the
        // request time and the connection limit above) cannot starve health and metrics, and the API's
        // own work is bounded by its Admission queue.
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tally-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        return new TallyHttpServer(server, executor);
    }

    /**
     * The origins whose pages may read the API (CORS), before {@link #serve}; none by default.
     *
     * @throws IllegalArgumentException naming a value that is no origin ({@code https://host[:port]})
     */
    public TallyHttpServer allowOrigins(Collection<String> origins) {
        crossOrigin = CrossOrigin.allowing(origins);
        return this;
    }

    /**
     * An origin for {@link #allowOrigins}, as browsers send it.
     *
     * @throws IllegalArgumentException saying what an origin is, when this is not one
     */
    public static String origin(String value) {
        return CrossOrigin.check(value.strip());
    }

    /** When a series' latest figure raises a change alert (/api/alerts), before {@link #serve}. */
    public TallyHttpServer alertThresholds(AlertThresholds thresholds) {
        alertThresholds = thresholds;
        return this;
    }

    /**
     * Opens the port for the given Streams application.
     *
     * @param self   how the other instances reach this one (the application.server of {@code streams})
     * @param client Kafka client properties, to follow the topics for live updates and metrics
     */
    public void serve(KafkaStreams streams, HostInfo self, Properties client) {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        resources.add(streamsMetrics);

        StoreRouter stores = new StoreRouter(streams, self);
        live = new LiveUpdates();
        resources.add(live);
        AlertWatch alerts = new AlertWatch(stores, alertThresholds, live, registry);
        resources.add(TopicWatcher.start(client, List.of(Topics.ARTICLES, Topics.FIGURES, Topics.FIGURES_DLQ,
                Topics.ESTIMATES, Topics.SERIES_YEARLY, Topics.MENTIONS_WEEKLY), List.of(new TallyMetrics(registry), live, alerts)));
        resources.add(alerts); // after the watcher that feeds it

        server.createContext("/health/live", Health.live(streams));
        server.createContext("/health/ready", Health.ready(streams));
        server.createContext("/metrics", ex -> Responses.send(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
                registry.scrape().getBytes(StandardCharsets.UTF_8), false));
        Admission api = new Admission(API_RUNNING, API_WAITING);
        Admission internal = new Admission(API_RUNNING, API_WAITING);
        for (var endpoint : Map.of("api", api, "internal", internal).entrySet()) {
            Gauge.builder("tally_http_requests", endpoint.getValue(), Admission::running).tags("endpoint", endpoint.getKey(), "state", "running")
                    .description("API requests being answered now").register(registry);
            Gauge.builder("tally_http_requests", endpoint.getValue(), Admission::waiting).tags("endpoint", endpoint.getKey(), "state", "waiting")
                    .description("API requests waiting for their turn (beyond " + API_WAITING + ", 503)").register(registry);
        }
        new QueryApi(stores, alertThresholds).mount(server, api, internal, crossOrigin);
        server.createContext("/api/events", live).getFilters().add(crossOrigin);
        server.createContext("/api/version", new JsonEndpoint(ex -> BuildInfo.current())).getFilters().add(crossOrigin);
        server.createContext("/", new Dashboard());
        server.start();
    }

    /** The port bound (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    public String address() {
        return "http://" + server.getAddress().getHostString() + ":" + port();
    }

    /** Dashboards connected for live updates now. */
    public int liveClients() {
        return live == null ? 0 : live.clients();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                // closing anyway
            }
        }
        if (registry != null) {
            registry.close();
        }
    }
}
