package tally.streams.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import tally.stats.Topics;

/**
 * {@code /api/events}: server-sent events telling dashboards that an output topic changed, so
 * they fetch again. Events are named after what changed ({@code estimates}, {@code series},
 * {@code mentions}); the data says how many records arrived, e.g.
 * {@code {"topic":"tally.estimates","changed":3}}; an {@code alert} event carries a new change
 * alert ({@link AlertWatch}). At most one event per topic per poll of the
 * topics (about 200 ms), and a comment every 15 s keeps proxies from closing an idle stream.
 */
final class LiveUpdates implements TopicWatcher.Listener, HttpHandler, AutoCloseable {

    static final Map<String, String> EVENTS = Map.of(
            Topics.ESTIMATES, "estimates",
            Topics.SERIES_YEARLY, "series",
            Topics.MENTIONS_WEEKLY, "mentions");
    static final int MAX_CLIENTS = 256;

    private final CopyOnWriteArrayList<HttpExchange> clients = new CopyOnWriteArrayList<>();
    /** One per connected client, taken before it is admitted. */
    private final Semaphore slots = new Semaphore(MAX_CLIENTS);
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tally-sse-keepalive");
        t.setDaemon(true);
        return t;
    });

    LiveUpdates() {
        keepAlive.scheduleAtFixedRate(() -> broadcast(": keepalive\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (!"GET".equals(ex.getRequestMethod())) {
            ex.getResponseHeaders().set("Allow", "GET");
            Responses.error(ex, 405, "only GET");
            return;
        }
        if (ex.getRequestURI().getRawQuery() != null) {
            Responses.error(ex, 400, "this endpoint takes no parameters");
            return;
        }
        // A slot is taken before anything is sent, not checked and then added: connections arriving
        // together could otherwise all pass the check (257 of 256 were admitted).
        if (!slots.tryAcquire()) {
            Responses.error(ex, 503, "too many live dashboards connected (" + MAX_CLIENTS + "); retry later");
            return;
        }
        Responses.securityHeaders(ex.getResponseHeaders());
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        try {
            ex.sendResponseHeaders(200, 0); // chunked, open until the client goes
        } catch (IOException | RuntimeException gone) {
            slots.release();
            throw gone;
        }
        clients.add(ex);
        // The stream stays open after this handler returns; it is written to by broadcast().
        send(ex, "retry: 3000\n: connected\n\n");
    }

    @Override
    public void onRecords(ConsumerRecords<byte[], byte[]> records) {
        Map<String, Integer> changed = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            if (EVENTS.containsKey(r.topic())) {
                changed.merge(r.topic(), 1, Integer::sum);
            }
        }
        changed.forEach((topic, n) -> broadcast("event: " + EVENTS.get(topic) + "\ndata: {\"topic\":\"" + topic
                + "\",\"changed\":" + n + "}\n\n"));
    }

    /** Sends every connected dashboard an event of its own (an alert), its data one line of JSON. */
    void publish(String event, String json) {
        broadcast("event: " + event + "\ndata: " + json + "\n\n");
    }

    int clients() {
        return clients.size();
    }

    private void broadcast(String event) {
        for (HttpExchange client : clients) {
            send(client, event);
        }
    }

    private void send(HttpExchange client, String event) {
        try {
            OutputStream out = client.getResponseBody();
            synchronized (client) {
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | RuntimeException gone) {
            if (clients.remove(client)) {
                slots.release(); // once per client, however many sends fail
            }
            client.close();
        }
    }

    @Override
    public void close() {
        keepAlive.shutdownNow();
        clients.forEach(HttpExchange::close);
        clients.clear();
    }
}
