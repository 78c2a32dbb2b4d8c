package tally.streams.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import tally.stats.TallyEnvironment;

/**
 * {@code /api/events}: server-sent events telling dashboards that an output topic changed, so
 * they fetch again. Events are named after what changed ({@code estimates}, {@code series},
 * {@code mentions}); the data says how many records arrived, e.g.
 * {@code {"topic":"tally.estimates","changed":3}}; an {@code alert} event carries a new change
 * alert ({@link AlertWatch}). At most one event per topic per poll of the
 * topics (about 200 ms), and a comment every 15 s keeps proxies, and the server's own idle timeout
 * ({@link HttpTransport#IDLE_TIMEOUT}), from closing an idle stream. The server ends an answer when
 * its handler returns, so a client's handler waits until the client is gone.
 */
final class LiveUpdates implements TopicWatcher.Listener, HttpHandler, AutoCloseable {

    static final int MAX_CLIENTS = 256;

    /** The event name of each output topic. */
    private final Map<String, String> events;

    /** A connected dashboard, and what its handler waits on until it goes. */
    private record Client(HttpExchange exchange, CountDownLatch gone) {
    }

    private final CopyOnWriteArrayList<Client> clients = new CopyOnWriteArrayList<>();
    /** One per connected client, taken before it is admitted. */
    private final Semaphore slots = new Semaphore(MAX_CLIENTS);
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tally-sse-keepalive");
        t.setDaemon(true);
        return t;
    });

    LiveUpdates(TallyEnvironment environment) {
        this.events = Map.of(environment.estimates(), "estimates", environment.seriesYearly(), "series",
                environment.mentionsWeekly(), "mentions");
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
        Client client = new Client(ex, new CountDownLatch(1));
        clients.add(client);
        // Written to by broadcast() until a write fails (the client went) or the server closes.
        send(client, "retry: 3000\n: connected\n\n");
        try {
            client.gone().await();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            drop(client);
        }
    }

    @Override
    public void onRecords(ConsumerRecords<byte[], byte[]> records) {
        Map<String, Integer> changed = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            if (events.containsKey(r.topic())) {
                changed.merge(r.topic(), 1, Integer::sum);
            }
        }
        changed.forEach((topic, n) -> broadcast("event: " + events.get(topic) + "\ndata: {\"topic\":\"" + topic
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
        for (Client client : clients) {
            send(client, event);
        }
    }

    private void send(Client client, String event) {
        try {
            OutputStream out = client.exchange().getResponseBody();
            synchronized (client) {
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | RuntimeException gone) {
            drop(client);
        }
    }

    /** Forgets a client and lets its handler return, which ends its answer. */
    private void drop(Client client) {
        if (clients.remove(client)) {
            slots.release(); // once per client, however many sends fail
        }
        client.gone().countDown();
    }

    @Override
    public void close() {
        keepAlive.shutdownNow();
        clients.forEach(this::drop);
    }
}
