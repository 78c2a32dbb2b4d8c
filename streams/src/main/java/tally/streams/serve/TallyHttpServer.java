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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import tally.stats.BuildInfo;
import tally.stats.Topics;

/**
 * Everything Tally serves over HTTP, on one port: the dashboard at {@code /}, the JSON API under
 * {@code /api/} (answering for all keys, whichever instance owns them), health at
 * {@code /health/live} and {@code /health/ready}, and {@code /metrics} for Prometheus. Bound to
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

    private final HttpTransport transport;
    private final HttpServer server;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private PrometheusMeterRegistry registry;
    private LiveUpdates live;

    private TallyHttpServer(HttpTransport transport) {
        this.transport = transport;
        this.server = transport.server();
    }

    public static TallyHttpServer bind(String host, int port) {
        return new TallyHttpServer(HttpTransport.bind(host, port, THREADS, HttpTransport.IDLE_TIMEOUT));
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

        live = new LiveUpdates();
        resources.add(live);
        resources.add(TopicWatcher.start(client, List.of(Topics.ARTICLES, Topics.FIGURES, Topics.FIGURES_DLQ,
                Topics.ESTIMATES, Topics.SERIES_YEARLY, Topics.MENTIONS_WEEKLY), List.of(new TallyMetrics(registry), live)));

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
        new QueryApi(new StoreRouter(streams, self)).mount(server, api, internal);
        server.createContext("/api/events", live);
        server.createContext("/api/version", new JsonEndpoint(ex -> BuildInfo.current()));
        server.createContext("/", new Dashboard());
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
