package tally.streams.serve;

import tally.stats.TallyEnvironment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The cap on live-update connections is exact when dashboards connect all at once (issue 21, item
 * 9): of 400 concurrent connections on real sockets, exactly {@link LiveUpdates#MAX_CLIENTS} get
 * the stream and the rest 503. Before, the cap was checked and the client added after its headers
 * were sent, and connections arriving together passed the check (257 of 256 were admitted).
 */
class LiveUpdatesCapTest {

    static final int CONNECTIONS = 400;

    @Test
    void exactlyTheCapIsAdmittedUnderConcurrentConnects() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try (HttpTransport server = HttpTransport.bind("127.0.0.1", 0, TallyHttpServer.THREADS, HttpTransport.IDLE_TIMEOUT);
             LiveUpdates live = new LiveUpdates(TallyEnvironment.DEFAULT)) {
            server.server().createContext("/api/events", live);
            server.start();
            ExecutorService connecting = Executors.newFixedThreadPool(64);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> statuses = new ArrayList<>();
                for (int i = 0; i < CONNECTIONS; i++) {
                    Socket s = new Socket("127.0.0.1", server.port());
                    sockets.add(s);
                    statuses.add(connecting.submit(() -> {
                        go.await();
                        s.getOutputStream().write("GET /api/events HTTP/1.1\r\nHost: tally\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        s.getOutputStream().flush();
                        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                    }));
                }
                go.countDown();
                int admitted = 0;
                int refused = 0;
                for (Future<String> status : statuses) {
                    String line = status.get();
                    if (line.startsWith("HTTP/1.1 200")) {
                        admitted++;
                    } else if (line.startsWith("HTTP/1.1 503")) {
                        refused++;
                    }
                }
                assertEquals(LiveUpdates.MAX_CLIENTS, admitted, "admitted of " + CONNECTIONS);
                assertEquals(CONNECTIONS - LiveUpdates.MAX_CLIENTS, refused);
                assertEquals(LiveUpdates.MAX_CLIENTS, live.clients());
                System.out.printf("live updates: %d of %d concurrent connections admitted, %d refused with 503%n", admitted, CONNECTIONS, refused);
            } finally {
                connecting.shutdownNow();
            }
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
    }
}
