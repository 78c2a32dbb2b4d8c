package tally.streams.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tally.stats.TallyEnvironment;

/**
 * A live-updates client that stops reading cannot hold up the others, nor the thread that
 * broadcasts (the topic watcher, which also feeds the metrics and the change alerts), nor grow
 * the server's memory (issue 21): on real sockets, one client with a 4 KB receive buffer never
 * reads while 2,000 events of 10 KB each are published, each only once the reading client has
 * received the one before; the reading client receives all 2,000, and the stuck one is dropped
 * (its connection closed, its slot free) as soon as it falls {@link LiveUpdates#PENDING_MAX}
 * events behind, not after the write timeout. Before, every event was written to each client in
 * turn on the broadcasting thread: once the stuck client's socket buffers were full the broadcast
 * blocked on it until its write timed out, and the reading client received nothing meanwhile.
 * The write timeout here is far longer than the test, so that only the new bound can drop the
 * client; the bounds on waits are hang guards, not timings.
 */
class LiveUpdatesSlowClientTest {

    static final int EVENTS = 2_000;
    static final String PAD = "x".repeat(10_000);
    static final Duration IDLE = Duration.ofMinutes(10);
    static final long HANG_GUARD_SECONDS = 60;

    @Test
    void aClientThatStopsReadingIsDroppedWithoutHoldingUpTheOthers() throws Exception {
        try (HttpTransport server = HttpTransport.bind("127.0.0.1", 0, TallyHttpServer.THREADS, IDLE);
             LiveUpdates live = new LiveUpdates(TallyEnvironment.DEFAULT);
             Socket stuck = new Socket();
             Socket reading = new Socket()) {
            server.server().createContext("/api/events", live);
            server.start();
            stuck.setReceiveBufferSize(4096);
            stuck.connect(new InetSocketAddress("127.0.0.1", server.port()));
            request(stuck);
            awaitClients(live, 1);
            reading.connect(new InetSocketAddress("127.0.0.1", server.port()));
            request(reading);
            awaitClients(live, 2);
            reading.setSoTimeout((int) TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
            BufferedReader in = new BufferedReader(new InputStreamReader(reading.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("HTTP/1.1 200 OK", in.readLine());

            // Published on a thread of its own, as the topic watcher does: before, it blocked on the stuck client.
            Semaphore delivered = new Semaphore(0);
            ExecutorService watcher = Executors.newSingleThreadExecutor();
            Future<?> publishing = watcher.submit(() -> {
                for (int i = 0; i < EVENTS; i++) {
                    live.publish("alert", "{\"n\":" + i + ",\"pad\":\"" + PAD + "\"}");
                    delivered.acquireUninterruptibly(); // the next once the reading client has this one
                }
            });
            int received = 0;
            int droppedAfter = -1;
            try {
                for (int i = 0; i < EVENTS; i++) {
                    String expected = "data: {\"n\":" + i + ",";
                    for (String line = next(in, i); !line.startsWith(expected); line = next(in, i)) {
                        assertFalse(line.startsWith("data: {\"n\":"), "an event out of order while waiting for " + i + ": "
                                + line.substring(0, Math.min(40, line.length())));
                    }
                    received++;
                    if (droppedAfter < 0 && live.clients() == 1) {
                        droppedAfter = i;
                    }
                    delivered.release();
                }
                publishing.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            } finally {
                watcher.shutdownNow();
            }
            assertEquals(EVENTS, received, "the reading client received every event");
            assertTrue(droppedAfter >= 0, "the client that never read was dropped (" + live.clients() + " still connected)");
            assertEquals(1, live.clients(), "only the reading client is left");
            assertTrue(closedByTheServer(stuck), "the stuck client's connection was closed");
            System.out.printf("live updates: a client that never read was dropped after %d of %d events of 10 KB; the reading client got all %d%n",
                    droppedAfter + 1, EVENTS, received);
        }
    }

    /** The reading client's next line, or a failure saying how many events it had. */
    private static String next(BufferedReader in, int received) throws IOException {
        try {
            return in.readLine();
        } catch (SocketTimeoutException e) {
            return fail("the reading client received " + received + " of " + EVENTS + " events, then nothing for " + HANG_GUARD_SECONDS + " s");
        }
    }

    private static void request(Socket s) throws IOException {
        s.getOutputStream().write("GET /api/events HTTP/1.1\r\nHost: tally\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
    }

    private static void awaitClients(LiveUpdates live, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
        while (live.clients() != n) {
            assertTrue(System.nanoTime() < deadline, "never " + n + " clients: " + live.clients());
            Thread.sleep(20);
        }
    }

    /** Reads what the server had sent until the end of the stream: true if the server closed it. */
    private static boolean closedByTheServer(Socket s) throws IOException {
        s.setSoTimeout((int) TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            while (in.read(buffer) >= 0) {
                // what was in the socket buffers before the server closed it
            }
            return true;
        } catch (java.net.SocketException reset) {
            return true; // closed at once, unsent data discarded
        }
    }
}
