package tally.streams.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Health and metrics over HTTP for operations: {@code /health/live} (200 unless the Streams
 * application is in ERROR or NOT_RUNNING), {@code /health/ready} (200 only when RUNNING) and
 * {@code /metrics} (Prometheus text: Kafka Streams, JVM and process metrics via Micrometer).
 * Bound to 127.0.0.1 unless told otherwise.
 */
public final class OpsServer implements AutoCloseable {

    private final HttpServer server;
    private final PrometheusMeterRegistry registry;
    private final KafkaStreamsMetrics streamsMetrics;

    private OpsServer(HttpServer server, PrometheusMeterRegistry registry, KafkaStreamsMetrics streamsMetrics) {
        this.server = server;
        this.registry = registry;
        this.streamsMetrics = streamsMetrics;
    }

    public static OpsServer start(String host, int port, KafkaStreams streams) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve HTTP on " + host + ":" + port + " (" + e.getMessage() + "); choose another --http-port", e);
        }
        server.createContext("/health/live", ex -> {
            KafkaStreams.State state = streams.state();
            boolean live = state != KafkaStreams.State.ERROR && state != KafkaStreams.State.NOT_RUNNING;
            send(ex, live ? 200 : 503, "application/json", "{\"status\":\"" + (live ? "UP" : "DOWN") + "\",\"state\":\"" + state + "\"}");
        });
        server.createContext("/health/ready", ex -> {
            KafkaStreams.State state = streams.state();
            boolean ready = state == KafkaStreams.State.RUNNING;
            send(ex, ready ? 200 : 503, "application/json", "{\"status\":\"" + (ready ? "UP" : "DOWN") + "\",\"state\":\"" + state + "\"}");
        });
        server.createContext("/metrics", ex -> send(ex, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
        server.createContext("/", ex -> send(ex, 404, "application/json", "{\"error\":\"no such path: use /health/live, /health/ready or /metrics\"}"));
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "tally-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return new OpsServer(server, registry, streamsMetrics);
    }

    /** The port bound (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    public String address() {
        return "http://" + server.getAddress().getHostString() + ":" + port();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
            status = 405;
            bytes = "{\"error\":\"only GET\"}".getBytes(StandardCharsets.UTF_8);
            type = "application/json";
        }
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        streamsMetrics.close();
        registry.close();
    }
}
