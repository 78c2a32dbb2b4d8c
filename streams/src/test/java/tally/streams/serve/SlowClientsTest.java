package tally.streams.serve;

import tally.stats.TallyEnvironment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.streams.app.TallyApp;
import tally.streams.app.TallyStreamsConfig;
import tally.streams.kafka.EmbeddedKafka;
import tally.streams.kafka.TopicSetup;

/**
 * Slow clients on real sockets cannot freeze health or the API (issue 21, item 4): 16 connections
 * that never finish their request headers (slow-loris) and 40 API requests that announce a body
 * and never send it are held open, and still {@code /health/live} and the API answer, and no API
 * slot is taken by them: the server reads headers without a thread, and the API's handlers do not
 * wait for a body they do not read, so each of the 40 got its answer at once. Before, one fixed
 * pool of 8 threads served everything and 8 such clients froze health for as long as they were
 * held; then, on the JDK's server with a thread per request, the 40 bodies held the API's 8
 * running and 32 waiting slots (503 for anyone else) until its 10 s request timeout. The bound on
 * the API's queue itself (503 with {@code Retry-After}) is {@link HttpTransportTest}'s. The bounds
 * on answers are hang guards, not timings.
 */
class SlowClientsTest {

    static final int SLOW_LORIS = 16;
    static final Duration PROMPTLY = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void slowClientsCannotFreezeHealthAndTheApiQueueIsBounded() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Properties client = new Properties();
            client.put("bootstrap.servers", kafka.bootstrapServers());
            TopicSetup.ensure(client, TallyEnvironment.DEFAULT, 1, (short) 1);
            try (TallyHttpServer server = TallyHttpServer.bind("127.0.0.1", 0);
                 TallyApp app = TallyApp.start(TallyEnvironment.DEFAULT, client, dir.resolve("state"), TallyStreamsConfig.EXACTLY_ONCE, 1, false,
                         "127.0.0.1:" + server.port())) {
                server.serve(app.streams(), new HostInfo("127.0.0.1", server.port()), client, TallyEnvironment.DEFAULT);
                app.awaitRunning(Duration.ofMinutes(2));
                HttpClient http = HttpClient.newBuilder().connectTimeout(PROMPTLY).build();
                for (int i = 0; i < SLOW_LORIS; i++) {
                    held.add(open(server, "GET /health/live HTTP/1.1\r\nHost: tally\r\nX-Slow: "));
                }
                int queue = TallyHttpServer.API_RUNNING + TallyHttpServer.API_WAITING;
                List<Socket> bodies = new ArrayList<>();
                for (int i = 0; i < queue; i++) {
                    bodies.add(open(server, "GET /api/places HTTP/1.1\r\nHost: tally\r\nContent-Length: 100000\r\n\r\n"));
                }
                held.addAll(bodies);
                for (Socket body : bodies) {
                    body.setSoTimeout((int) PROMPTLY.toMillis());
                    String status = new BufferedReader(new InputStreamReader(body.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                    assertEquals("HTTP/1.1 200 OK", status, "answered without its body");
                }

                HttpResponse<String> live = http.send(HttpRequest.newBuilder(URI.create(server.address() + "/health/live")).timeout(PROMPTLY)
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, live.statusCode(), live.body());
                HttpResponse<String> more = http.send(HttpRequest.newBuilder(URI.create(server.address() + "/api/places")).timeout(PROMPTLY)
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, more.statusCode(), more.body());
                assertEquals("nosniff", more.headers().firstValue("X-Content-Type-Options").orElse(""));
                String metrics = http.send(HttpRequest.newBuilder(URI.create(server.address() + "/metrics")).timeout(PROMPTLY).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertTrue(metrics.contains("tally_http_requests{endpoint=\"api\",state=\"running\"} 0.0")
                        && metrics.contains("tally_http_requests{endpoint=\"api\",state=\"waiting\"} 0.0"),
                        "no API slot held: " + metrics.lines().filter(l -> l.startsWith("tally_http")).toList());
                System.out.printf("slow clients: %d slow-loris and %d slow-body connections held; /health/live 200, the API 200, no API slot held%n",
                        SLOW_LORIS, queue);
            }
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    private static Socket open(TallyHttpServer server, String start) throws IOException {
        Socket s = new Socket("127.0.0.1", server.port());
        OutputStream out = s.getOutputStream();
        out.write(start.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }
}
