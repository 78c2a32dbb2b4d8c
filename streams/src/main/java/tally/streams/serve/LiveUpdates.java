package tally.streams.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * ({@link HttpTransport#IDLE_TIMEOUT}), from closing an idle stream.
 * <p>
 * A broadcast only queues an event for each client; each client's own handler thread writes its
 * queue out (the server ends an answer when its handler returns, so that thread is the client's
 * for as long as it is connected anyway). So a client that stops reading holds up no one, neither
 * the other clients nor the thread that broadcasts (the topic watcher, which also feeds the
 * metrics and the alerts): it is dropped, its connection closed, as soon as it falls
 * {@link #PENDING_MAX} events behind, or when a write to it has waited the idle timeout (30 s),
 * whichever comes first (issue 21). Its queue is all the memory it can take.
 */
final class LiveUpdates implements TopicWatcher.Listener, HttpHandler, AutoCloseable {

    static final int MAX_CLIENTS = 256;
    /**
     * Events a client may have waiting to be written, beyond what its socket buffers took: about
     * 13 s of events at the busiest (one per topic every 200 ms), some kilobytes each.
     */
    static final int PENDING_MAX = 64;

    /** The event name of each output topic. */
    private final Map<String, String> events;

    private final CopyOnWriteArrayList<Client> clients = new CopyOnWriteArrayList<>();
    /** One per connected client, taken before it is admitted and given back when its handler returns. */
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
        Client client = new Client(ex);
        try {
            Responses.securityHeaders(ex.getResponseHeaders());
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0); // chunked, open until the client goes
            client.offer(bytes("retry: 3000\n: connected\n\n"));
            clients.add(client);
            OutputStream out = ex.getResponseBody();
            for (byte[] event = client.next(); event != null; event = client.next()) {
                out.write(event); // fails after the idle timeout on a client that does not read
                out.flush();
            }
        } catch (IOException gone) {
            // the client went, or stopped reading: nothing to answer
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(client);
            client.end();
            slots.release(); // once per admitted client, when its handler returns
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

    /** Dashboards connected now (their handlers running). */
    int clients() {
        return MAX_CLIENTS - slots.availablePermits();
    }

    /** Queues the event for every client; never waits on one. */
    private void broadcast(String event) {
        byte[] data = bytes(event);
        for (Client client : clients) {
            if (!client.offer(data)) {
                clients.remove(client);
                HttpTransport.abort(client.exchange()); // its handler's write fails now, not at the idle timeout
            }
        }
    }

    private static byte[] bytes(String event) {
        return event.getBytes(StandardCharsets.UTF_8);
    }

    /** A connected dashboard: the events waiting to be written to it, by its handler's thread. */
    private static final class Client {

        private final HttpExchange exchange;
        private final Queue<byte[]> pending = new ArrayDeque<>();
        private boolean ended;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
        }

        HttpExchange exchange() {
            return exchange;
        }

        /** False when the client is too far behind, or gone: it is then ended. */
        synchronized boolean offer(byte[] event) {
            if (ended || pending.size() >= PENDING_MAX) {
                end();
                return false;
            }
            pending.add(event);
            notifyAll();
            return true;
        }

        /** The next event to write, waiting for one; null once the client is ended. */
        synchronized byte[] next() throws InterruptedException {
            while (!ended && pending.isEmpty()) {
                wait();
            }
            return ended ? null : pending.poll();
        }

        synchronized void end() {
            ended = true;
            pending.clear();
            notifyAll();
        }
    }

    @Override
    public void close() {
        keepAlive.shutdownNow();
        clients.forEach(Client::end);
    }
}
