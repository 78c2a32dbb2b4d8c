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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import tally.stats.BuildInfo;
import tally.stats.TallyEnvironment;
import tally.stats.consolidate.AlertThresholds;
import tally.streams.topology.YearlySeriesTopology;

/**
 * Everything Tally serves over HTTP, on one port: the dashboard at {@code /}, the JSON API under
 * {@code /api/} (answering for all keys, whichever instance owns them), health at
 * {@code /health/live} and {@code /health/ready}, and {@code /metrics} for Prometheus (these two on
 * a port of their own with {@link #withManagementPort}). Bound to
 * 127.0.0.1 unless told otherwise. The port is bound first ({@link #bind}), so that the Streams
 * application can advertise it to the other instances before it starts; {@link #serve} opens it.
 * The server under it and its timeouts and limits are {@link HttpTransport}'s.
 */
public final class TallyHttpServer implements AutoCloseable {

    /** API requests answered at once, and waiting beyond those before a 503 (each, for /api/ and /internal/). */
    static final int API_RUNNING = 8;
    static final int API_WAITING = 32;
    /**
     * Handlers block their thread: every live-update stream and every admitted API request (running
     * or waiting, for /api/ and /internal/) can hold one at once, and health, metrics, the dashboard
     * and Jetty's own acceptor and selectors still find one.
     */
    static final int THREADS = LiveUpdates.MAX_CLIENTS + 2 * (API_RUNNING + API_WAITING) + 64;
    /** Of the management port: probes and scrapes, each answered at once. */
    static final int MANAGEMENT_THREADS = 16;

    private final HttpTransport transport;
    private final HttpServer server;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private PrometheusMeterRegistry registry;
    private LiveUpdates live;
    private InternalToken token = InternalToken.NONE;
    /** Where health and metrics are served when apart from the main port, else null. */
    private HttpTransport management;
    private CrossOrigin crossOrigin = CrossOrigin.allowing(List.of());
    private AlertThresholds alertThresholds = AlertThresholds.DEFAULT;
    /** How often the metrics Kafka adds after the start (a partition's lag) are bound: Micrometer's default. */
    private Duration metricsRefresh = Duration.ofMinutes(1);

    private TallyHttpServer(HttpTransport transport) {
        this.transport = transport;
        this.server = transport.server();
    }

    public static TallyHttpServer bind(String host, int port) {
        return new TallyHttpServer(HttpTransport.bind(host, port, THREADS, HttpTransport.IDLE_TIMEOUT));
    }

    /**
     * Requires {@code token} of requests to {@code /internal/stores/} and sends it to the other
     * instances, which must share it; null or blank for none (the default). Before {@link #serve}.
     */
    public TallyHttpServer requireInternalToken(String token) {
        this.token = InternalToken.of(token);
        return this;
    }

    /**
     * Serves {@code /health/*} and {@code /metrics} on their own port and threads, and not on the
     * main port: probes and scrapes never wait behind the API or the dashboard, and they can be kept
     * off a port open to users. Binds it now; before {@link #serve}.
     */
    public TallyHttpServer withManagementPort(int port) {
        try {
            management = HttpTransport.bind(transport.host(), port, MANAGEMENT_THREADS, HttpTransport.IDLE_TIMEOUT);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot serve health and metrics on " + transport.host() + ":" + port
                    + " (" + e.getCause().getMessage() + "); choose another --management-port", e.getCause());
        }
        return this;
    }

    /** The port of health and metrics: the management port if there is one, else the main one. */
    public int managementPort() {
        return management == null ? port() : management.port();
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
     * How often the Kafka metrics that appear after the start (a consumer's per-partition lag, once
     * it has partitions) are looked for and exported, before {@link #serve}; a minute by default
     * (Micrometer's), shorter in tests that wait for them.
     */
    public TallyHttpServer metricsRefresh(Duration every) {
        metricsRefresh = every;
        return this;
    }

    /**
     * Opens the port for the given Streams application.
     *
     * @param self   how the other instances reach this one (the application.server of {@code streams})
     * @param client Kafka client properties, to follow the topics for live updates and metrics
     * @param environment the topics to follow
     */
    public void serve(KafkaStreams streams, HostInfo self, Properties client, TallyEnvironment environment) {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        ScheduledExecutorService refresh = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tally-kafka-metrics");
            t.setDaemon(true);
            return t;
        });
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams, List.of(), refresh, metricsRefresh);
        streamsMetrics.bindTo(registry);
        resources.add(streamsMetrics);
        resources.add(refresh::shutdownNow);

        StoreRouter stores = new StoreRouter(streams, self, token);
        live = new LiveUpdates(environment);
        resources.add(live);
        AlertWatch alerts = new AlertWatch((series, key) -> stores.under(YearlySeriesTopology.PUBLISHED_STORE, series.route(), key).values(),
                AlertWatch.Retries.DEFAULT, alertThresholds, live, registry, environment.seriesYearly());
        resources.add(TopicWatcher.start(client, environment.served(), List.of(new TallyMetrics(registry, environment), live, alerts)));
        resources.add(alerts); // after the watcher that feeds it

        HttpServer operations = management == null ? server : management.server();
        operations.createContext("/health/live", Health.live(streams));
        operations.createContext("/health/ready", Health.ready(streams));
        operations.createContext("/metrics", ex -> Responses.send(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
                registry.scrape().getBytes(StandardCharsets.UTF_8), false));
        Admission api = new Admission(API_RUNNING, API_WAITING);
        Admission internal = new Admission(API_RUNNING, API_WAITING);
        for (var endpoint : Map.of("api", api, "internal", internal).entrySet()) {
            Gauge.builder("tally_http_requests", endpoint.getValue(), Admission::running).tags("endpoint", endpoint.getKey(), "state", "running")
                    .description("API requests being answered now").register(registry);
            Gauge.builder("tally_http_requests", endpoint.getValue(), Admission::waiting).tags("endpoint", endpoint.getKey(), "state", "waiting")
                    .description("API requests waiting for their turn (beyond " + API_WAITING + ", 503)").register(registry);
        }
        new QueryApi(stores, alertThresholds).mount(server, api, internal, token, crossOrigin);
        server.createContext("/api/events", live).getFilters().add(crossOrigin);
        server.createContext("/api/version", new JsonEndpoint(ex -> BuildInfo.current())).getFilters().add(crossOrigin);
        server.createContext("/", new Dashboard());
        if (management != null) {
            management.server().createContext("/", ex -> Responses.error(ex, 404, "no such path " + ex.getRequestURI().getPath()
                    + "; this port serves /health/live, /health/ready and /metrics"));
            management.start();
        }
        transport.start();
    }

    /** The port bound (useful with port 0). */
    public int port() {
        return transport.port();
    }

    public String address() {
        return "http://" + transport.host() + ":" + port();
    }

    /** Dashboards connected for live updates now. */
    public int liveClients() {
        return live == null ? 0 : live.clients();
    }

    @Override
    public void close() {
        transport.close();
        if (management != null) {
            management.close();
        }
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
